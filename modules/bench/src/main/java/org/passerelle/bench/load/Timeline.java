package org.passerelle.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * A counter read at successive times, e.g. after each commit of a long job: its overall rate, and
 * the rates of its first and last parts, to see whether the job slows down as it goes.
 */
public final class Timeline {

    private final long startNanos;
    private final List<long[]> readings = new ArrayList<>();

    public Timeline(long startNanos) {
        this.startNanos = startNanos;
    }

    /** The counter reached {@code count} (never less than before) at {@code nanos}. */
    public void reached(long count, long nanos) {
        if (!readings.isEmpty() && count < readings.getLast()[0]) {
            throw new IllegalArgumentException("a counter only grows: " + count + " after " + readings.getLast()[0]);
        }
        readings.add(new long[] {count, nanos});
    }

    public long count() {
        return readings.isEmpty() ? 0 : readings.getLast()[0];
    }

    public Rate overall() {
        requireReadings();
        return new Rate(count(), readings.getLast()[1] - startNanos);
    }

    /** From the start to the first reading at or past {@code fraction} of the final count. */
    public Rate head(double fraction) {
        requireReadings();
        long wanted = (long) Math.ceil(count() * fraction);
        for (long[] reading : readings) {
            if (reading[0] >= wanted) {
                return new Rate(reading[0], reading[1] - startNanos);
            }
        }
        return overall();
    }

    /** From the last reading at or before {@code 1 - fraction} of the final count to the end. */
    public Rate tail(double fraction) {
        requireReadings();
        long[] last = readings.getLast();
        long before = (long) Math.floor(count() * (1 - fraction));
        long fromCount = 0;
        long fromNanos = startNanos;
        for (long[] reading : readings) {
            if (reading[0] > before) {
                break;
            }
            fromCount = reading[0];
            fromNanos = reading[1];
        }
        return new Rate(last[0] - fromCount, last[1] - fromNanos);
    }

    private void requireReadings() {
        if (readings.isEmpty()) {
            throw new IllegalStateException("no reading yet");
        }
    }
}
