package org.passerelle.bench.load;

import org.passerelle.bench.stack.HttpConnection;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The HTTP load of P1 and P6, from this JVM: virtual users on platform threads, each with its own
 * kept-alive {@link HttpConnection}.
 *
 * <ul>
 *   <li><b>Closed loop</b> ({@link #closedLoop}): {@code users} users each send a request as soon
 *       as the previous answer arrived, for a duration. Throughput against concurrency, up to
 *       saturation.</li>
 *   <li><b>Open loop</b> ({@link #openLoop}): requests fall due at a fixed rate whatever the
 *       server does, and are sent by up to {@code connections} users; a request that waits for a
 *       free user counts its wait in its latency (no coordinated omission). Latency at a given
 *       load, e.g. half of saturation, or while a key rotation runs.</li>
 * </ul>
 */
public final class LoadGenerator {

    /** Builds the next request's bytes; called on the user's thread with its own random source. */
    @FunctionalInterface
    public interface Requests {
        byte[] next(SplittableRandom random);
    }

    private static final long ERROR_PAUSE_NANOS = Duration.ofMillis(20).toNanos();

    private LoadGenerator() {
    }

    /** {@code users} users sending back to back from now for {@code duration}. */
    public static Samples closedLoop(String host, int port, int users, Duration duration, Requests requests)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        SplittableRandom seeds = new SplittableRandom();
        List<Samples> parts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Samples samples = new Samples();
            SplittableRandom random = seeds.split();
            parts.add(samples);
            threads.add(Thread.ofPlatform().name("load-user-" + u).start(() -> {
                try (HttpConnection connection = new HttpConnection(host, port)) {
                    long sent;
                    while ((sent = System.nanoTime()) < end) {
                        send(connection, requests.next(random), sent, samples);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Samples.merge(parts);
    }

    /**
     * Requests due every {@code 1 / perSecond} s from {@code startNanos} until {@code stop} answers
     * true (checked as each falls due), sent by up to {@code connections} users.
     */
    public static Samples openLoop(String host, int port, double perSecond, int connections, long startNanos,
                            BooleanSupplier stop, Requests requests) throws InterruptedException {
        double interval = 1e9 / perSecond;
        AtomicLong tickets = new AtomicLong();
        SplittableRandom seeds = new SplittableRandom();
        List<Samples> parts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < connections; u++) {
            Samples samples = new Samples();
            SplittableRandom random = seeds.split();
            parts.add(samples);
            threads.add(Thread.ofPlatform().name("load-rate-" + u).start(() -> {
                try (HttpConnection connection = new HttpConnection(host, port)) {
                    while (true) {
                        long due = startNanos + (long) (tickets.getAndIncrement() * interval);
                        waitUntil(due);
                        if (stop.getAsBoolean()) {
                            return;
                        }
                        send(connection, requests.next(random), due, samples);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Samples.merge(parts);
    }

    /** An open loop for a fixed duration from now. */
    public static Samples openLoop(String host, int port, double perSecond, int connections, Duration duration,
                            Requests requests) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        return openLoop(host, port, perSecond, connections, start, () -> System.nanoTime() >= end, requests);
    }

    /** Parks the thread until {@code System.nanoTime()} reaches {@code nanos}. */
    public static void waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void send(HttpConnection connection, byte[] request, long due, Samples samples) {
        try {
            HttpConnection.Response response = connection.exchange(request);
            samples.add(due, System.nanoTime(), response.status());
            if (response.status() < 200 || response.status() >= 300) {
                samples.error("HTTP " + response.status() + ": " + abbreviated(response.text()));
            }
        } catch (IOException | RuntimeException e) {
            samples.add(due, System.nanoTime(), -1);
            samples.error(e.toString());
            connection.close();
            LockSupport.parkNanos(ERROR_PAUSE_NANOS);
        }
    }

    private static String abbreviated(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
