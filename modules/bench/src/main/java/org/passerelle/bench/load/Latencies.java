package org.passerelle.bench.load;

import java.util.Arrays;

/**
 * The latencies of one kind of operation run one after another: throughput is the count over their
 * sum, percentiles are nearest-rank (the smallest latency that {@code p} of all are at or below).
 */
public final class Latencies {

    private final long[] sortedNanos;
    private final long totalNanos;

    public Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies");
        }
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
        this.totalNanos = Arrays.stream(nanos).sum();
    }

    /** Every latency, sorted. */
    public long[] nanos() {
        return sortedNanos.clone();
    }

    int count() {
        return sortedNanos.length;
    }

    public double perSecond() {
        return count() * 1e9 / totalNanos;
    }

    /** @param p in (0, 1], e.g. 0.95 */
    public double percentileMillis(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be in (0, 1]: " + p);
        }
        int rank = (int) Math.ceil(p * count());
        return sortedNanos[rank - 1] / 1e6;
    }
}
