package org.passerelle.bench.load;

import java.util.Arrays;
import java.util.List;

/**
 * What a load run recorded, request by request: when it was due (closed loop: when it was sent;
 * open loop: when the schedule wanted it sent, so that a request kept waiting by a slow server
 * counts its wait), when its answer ended, and the status ({@code -1} for a connection failure).
 * Any time window can be cut out of it afterwards: the warm-up dropped, the time before, during
 * and after a rotation compared.
 */
public final class Samples {

    private long[] due = new long[1024];
    private long[] ended = new long[1024];
    private int[] statuses = new int[1024];
    private int size;
    private String firstError;

    public void add(long dueNanos, long endNanos, int status) {
        if (size == due.length) {
            due = Arrays.copyOf(due, size * 2);
            ended = Arrays.copyOf(ended, size * 2);
            statuses = Arrays.copyOf(statuses, size * 2);
        }
        due[size] = dueNanos;
        ended[size] = endNanos;
        statuses[size] = status;
        size++;
    }

    /** Keeps the first failure's description (a status and the start of its body, or an exception). */
    void error(String description) {
        if (firstError == null) {
            firstError = description;
        }
    }

    public String firstError() {
        return firstError;
    }

    public int size() {
        return size;
    }

    public static Samples merge(List<Samples> parts) {
        Samples all = new Samples();
        for (Samples part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.due[i], part.ended[i], part.statuses[i]);
            }
            if (all.firstError == null) {
                all.firstError = part.firstError;
            }
        }
        return all;
    }

    /**
     * The requests whose answer ended within {@code [fromNanos, toNanos)}: throughput is their count
     * over the window's length (what the server delivered in that time), latencies are theirs.
     */
    public Window between(long fromNanos, long toNanos) {
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("an empty window");
        }
        long[] latencies = new long[size];
        int ok = 0;
        int errors = 0;
        for (int i = 0; i < size; i++) {
            if (ended[i] < fromNanos || ended[i] >= toNanos) {
                continue;
            }
            if (statuses[i] >= 200 && statuses[i] < 300) {
                latencies[ok++] = ended[i] - due[i];
            } else {
                errors++;
            }
        }
        return new Window(ok, errors, (toNanos - fromNanos) / 1e9,
                ok == 0 ? null : new Latencies(Arrays.copyOf(latencies, ok)));
    }

    /**
     * Successful and failed requests in one time window, with their latencies ({@code null} when none
     * succeeded).
     */
    public record Window(int completed, int errors, double seconds, Latencies latencies) {

        public double perSecond() {
            return completed / seconds;
        }

        /** Nearest-rank percentile in milliseconds, {@code NaN} without a successful request. */
        public double millis(double percentile) {
            return latencies == null ? Double.NaN : latencies.percentileMillis(percentile);
        }
    }
}
