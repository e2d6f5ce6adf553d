package org.passerelle.bench.load;

/**
 * {@code count} operations done in {@code nanos} of wall-clock time. Rates of several measured
 * periods add up as total count over total time, never as the mean of their rates.
 */
public record Rate(long count, long nanos) {

    public Rate {
        if (count < 0 || nanos <= 0) {
            throw new IllegalArgumentException(
                    "a rate needs a count >= 0 and a positive time: " + count + " in " + nanos + " ns");
        }
    }

    public double perSecond() {
        return count * 1e9 / nanos;
    }

    double seconds() {
        return nanos / 1e9;
    }

    public Rate plus(Rate other) {
        return new Rate(count + other.count, nanos + other.nanos);
    }

    /** How long {@code total} operations would take at this rate, in seconds. */
    public double secondsFor(long total) {
        if (count == 0) {
            throw new IllegalStateException("nothing was done: no extrapolation");
        }
        return total / perSecond();
    }
}
