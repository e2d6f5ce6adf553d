package org.passerelle.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.passerelle.testing.HttpConnection;

/**
 * The HTTP load of P1 and P6: closed and open loops of virtual users; in the open loop a request's wait
 * for a free user counts in its latency (no coordinated omission).
 */
public final class LoadGenerator {

    /** Builds the next request's bytes; called on the user's thread with its own random source. */
    @FunctionalInterface
    public interface Requests {
        byte[] next(SplittableRandom random);
    }

    /** What one user does with its connection, random source and samples. */
    @FunctionalInterface
    private interface User {
        void run(HttpConnection connection, SplittableRandom random, Samples samples);
    }

    /** The server under test is on this machine. */
    public static final String HOST = "127.0.0.1";

    private static final long ERROR_PAUSE_NANOS = Duration.ofMillis(20).toNanos();

    private LoadGenerator() {}

    /** {@code users} users sending back to back from now for {@code duration}. */
    public static Samples closedLoop(int port, int users, Duration duration, Requests requests) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        return users(port, users, "load-user", (connection, random, samples) -> {
            long sent;
            while ((sent = System.nanoTime()) < end) {
                send(connection, requests.next(random), sent, samples);
            }
        });
    }

    /**
     * Requests due every {@code 1 / perSecond} s from {@code startNanos} until {@code stop} answers
     * true (checked as each falls due), sent by up to {@code connections} users.
     */
    public static Samples openLoop(
            int port, double perSecond, int connections, long startNanos, BooleanSupplier stop, Requests requests)
            throws Exception {
        AtomicLong tickets = new AtomicLong();
        return users(port, connections, "load-rate", (connection, random, samples) -> {
            long due;
            while (waitUntil(due = startNanos + (long) (tickets.getAndIncrement() * 1e9 / perSecond))
                    && !stop.getAsBoolean()) {
                send(connection, requests.next(random), due, samples);
            }
        });
    }

    /** An open loop for a fixed duration from now. */
    public static Samples openLoop(int port, double perSecond, int connections, Duration duration, Requests requests)
            throws Exception {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        return openLoop(port, perSecond, connections, start, () -> System.nanoTime() >= end, requests);
    }

    /** Parks the thread until {@code System.nanoTime()} reaches {@code nanos}; true, to chain in a condition. */
    public static boolean waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
        return true;
    }

    private static Samples users(int port, int count, String name, User user) throws Exception {
        SplittableRandom seeds = new SplittableRandom();
        List<SplittableRandom> randoms =
                Stream.generate(seeds::split).limit(count).toList();
        Samples samples = new Samples();
        Workers.run(name, count, u -> {
            try (HttpConnection connection = new HttpConnection(HOST, port)) {
                user.run(connection, randoms.get(u), samples);
            }
        });
        return samples;
    }

    private static void send(HttpConnection connection, byte[] request, long due, Samples samples) {
        try {
            HttpConnection.Response response = connection.exchange(request);
            samples.add(due, System.nanoTime(), response.status());
            if (response.status() < 200 || response.status() >= 300) {
                String text = response.text().replace('\n', ' ');
                samples.error("HTTP " + response.status() + ": " + text.substring(0, Math.min(200, text.length())));
            }
        } catch (IOException | RuntimeException e) {
            samples.add(due, System.nanoTime(), -1);
            samples.error(e.toString());
            connection.close();
            LockSupport.parkNanos(ERROR_PAUSE_NANOS);
        }
    }
}
