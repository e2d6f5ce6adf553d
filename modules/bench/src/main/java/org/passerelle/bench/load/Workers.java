package org.passerelle.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Work spread over platform threads of the benchmark's JVM, each usually with its own connection. */
public final class Workers {

    /** What one thread does; {@code thread} is its index. */
    @FunctionalInterface
    public interface Work {
        void run(int thread) throws Exception;
    }

    /** One transaction, call or operation, repeated by a thread of {@link #timed}. */
    @FunctionalInterface
    public interface Operation {
        void run() throws Exception;
    }

    /** What {@link #timed} did: every operation, warm-up included, and those that ended in the measured part. */
    public record Timed(int total, Samples.Window measured) {}

    /** A thread's {@link Operation}, with what it holds (a connection…) closed at the end. */
    @FunctionalInterface
    public interface Opener {
        Operation open(int thread, List<AutoCloseable> resources) throws Exception;
    }

    private Workers() {}

    /** Runs {@code work} on {@code threads} threads and waits for them all; the first failure is thrown. */
    public static void run(String name, int threads, Work work) throws Exception {
        List<Thread> started = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int index = t;
            started.add(Thread.ofPlatform().name(name + "-" + t).start(() -> {
                try {
                    work.run(index);
                } catch (Exception e) {
                    failures.add(e);
                } catch (Error e) {
                    failures.add(new IllegalStateException(e));
                }
            }));
        }
        for (Thread thread : started) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    /**
     * {@code threads} threads repeating their operation back to back for {@code warmup} then
     * {@code measured}, each operation timed from its start to its end.
     */
    public static Timed timed(String name, int threads, Duration warmup, Duration measured, Opener opener)
            throws Exception {
        long from = System.nanoTime() + warmup.toNanos();
        long to = from + measured.toNanos();
        Samples samples = new Samples();
        run(name, threads, thread -> {
            List<AutoCloseable> resources = new ArrayList<>();
            try {
                Operation operation = opener.open(thread, resources);
                long start;
                while ((start = System.nanoTime()) < to) {
                    operation.run();
                    samples.add(start, System.nanoTime(), 200);
                }
            } finally {
                for (AutoCloseable resource : resources.reversed()) {
                    resource.close();
                }
            }
        });
        return new Timed(samples.size(), samples.between(from, to));
    }
}
