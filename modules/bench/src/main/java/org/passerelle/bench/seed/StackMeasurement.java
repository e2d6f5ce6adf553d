package org.passerelle.bench.seed;

import org.passerelle.bench.Benchmarks;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.stack.BenchStack;

/**
 * A measurement on the benchmark's running stack: Keycloak, WildFly with the EAR and the baseline
 * WAR, the database seeded by {@link StackData}. {@link Benchmarks} starts the stack once for all
 * of those chosen with {@code --only}, runs them in the order of
 * {@link Benchmarks#stackMeasurements}, and stops it. P1 ({@code read}) and P6 ({@code rotation})
 * are ones; partner delivery (P4) is meant to be another, placed before the rotation, which stays
 * last because it moves every row to a new key version.
 */
public interface StackMeasurement {

    /** Its name in {@code --only}. */
    String name();

    void measure(BenchStack stack, StackData.Seeded data, Report report) throws Exception;
}
