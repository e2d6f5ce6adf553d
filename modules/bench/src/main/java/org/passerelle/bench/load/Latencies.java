package org.passerelle.bench.load;

import org.HdrHistogram.Histogram;

/**
 * Latencies of one kind of operation, recorded in an HdrHistogram (nanoseconds, three significant
 * digits: a percentile is exact to 0.1%). Throughput is the count over their sum, for operations
 * run one after another.
 */
public final class Latencies {

    private final Histogram histogram = new Histogram(3);

    public static Latencies of(long... nanos) {
        Latencies latencies = new Latencies();
        for (long value : nanos) {
            latencies.record(value);
        }
        return latencies;
    }

    public void record(long nanos) {
        histogram.recordValue(nanos);
    }

    /** These and {@code other}'s, e.g. the measured phases of one kind pooled. */
    public Latencies plus(Latencies other) {
        Latencies sum = new Latencies();
        sum.histogram.add(histogram);
        sum.histogram.add(other.histogram);
        return sum;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public double perSecond() {
        return 1e9 / histogram.getMean();
    }

    public double meanMillis() {
        return count() == 0 ? Double.NaN : histogram.getMean() / 1e6;
    }

    /** @param p in (0, 1], e.g. 0.95; {@code NaN} without a latency */
    public double percentileMillis(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be in (0, 1]: " + p);
        }
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(100 * p) / 1e6;
    }
}
