package org.passerelle.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * What a load run recorded, request by request: when it was due (closed loop: when it was sent;
 * open loop: when the schedule wanted it sent, so that a request kept waiting by a slow server
 * counts its wait), when its answer ended, and the status ({@code -1} for a connection failure).
 * Kept raw so that any time window can be cut out afterwards (the warm-up dropped, the time before
 * and during a rotation compared); a window's latencies go into {@link Latencies}.
 */
public final class Samples {

    private record Sample(long due, long ended, int status) {}

    private final List<Sample> samples = new ArrayList<>();
    private String firstError;

    /** Thread-safe: the threads of one load record into one {@code Samples}. */
    public synchronized void add(long dueNanos, long endNanos, int status) {
        samples.add(new Sample(dueNanos, endNanos, status));
    }

    /** Keeps the first failure's description (a status and the start of its body, or an exception). */
    public synchronized void error(String description) {
        if (firstError == null) {
            firstError = description;
        }
    }

    public synchronized String firstError() {
        return firstError;
    }

    public synchronized int size() {
        return samples.size();
    }

    /**
     * The requests whose answer ended within {@code [fromNanos, toNanos)}: throughput is their count
     * over the window's length (what the server delivered in that time), latencies are theirs.
     */
    public synchronized Window between(long fromNanos, long toNanos) {
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("an empty window");
        }
        Latencies latencies = new Latencies();
        int errors = 0;
        for (Sample s : samples) {
            if (s.ended() >= fromNanos && s.ended() < toNanos) {
                if (s.status() >= 200 && s.status() < 300) {
                    latencies.record(s.ended() - s.due());
                } else {
                    errors++;
                }
            }
        }
        return new Window(errors, (toNanos - fromNanos) / 1e9, latencies);
    }

    /** Successful requests (their latencies) and failed ones in one time window. */
    public record Window(int errors, double seconds, Latencies latencies) {

        public long completed() {
            return latencies.count();
        }

        public double perSecond() {
            return completed() / seconds;
        }

        /** Percentile in milliseconds, {@code NaN} without a successful request. */
        public double millis(double percentile) {
            return latencies.percentileMillis(percentile);
        }

        /** The windows as one, e.g. the measured phases of one kind; there must be one at least. */
        public static Window pooled(List<Window> windows) {
            return windows.stream().reduce(Window::plus).orElseThrow();
        }

        /** Both windows as one: their requests, times and latencies pooled. */
        public Window plus(Window other) {
            return new Window(errors + other.errors, seconds + other.seconds, latencies.plus(other.latencies));
        }
    }
}
