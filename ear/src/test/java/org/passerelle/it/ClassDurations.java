package org.passerelle.it;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints at the end of a test run how long each test class took, longest first, so that a slow
 * IT shows at once. Registered for the ear's tests through META-INF/services; the first class to
 * run also pays for starting the stack.
 */
public final class ClassDurations implements TestExecutionListener {

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Duration> took = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier test) {
        className(test).ifPresent(name -> started.put(name, System.nanoTime()));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        className(test)
                .ifPresent(name -> took.put(
                        name, Duration.ofNanos(System.nanoTime() - started.getOrDefault(name, System.nanoTime()))));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (took.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder("\nTest classes by duration (longest first):\n");
        took.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder()))
                .forEach(e ->
                        table.append(String.format("%8.1f s  %s%n", e.getValue().toMillis() / 1000.0, e.getKey())));
        System.out.print(table);
    }

    private static Optional<String> className(TestIdentifier test) {
        return test.getSource()
                .filter(ClassSource.class::isInstance)
                .map(s -> ((ClassSource) s).getClassName())
                .map(name -> name.substring(name.lastIndexOf('.') + 1));
    }
}
