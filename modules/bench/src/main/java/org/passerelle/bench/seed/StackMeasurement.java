package org.passerelle.bench.seed;

import org.passerelle.bench.report.Report;
import org.passerelle.testing.Stack;

/**
 * A measurement on the benchmark's running stack (Keycloak, WildFly with the EAR and the baseline
 * WAR, the database seeded by {@link StackData}), started once for all of those chosen with
 * {@code --only}, in their order: P1, P4, then P6, which stays last because it moves every row to a
 * new key version.
 */
@FunctionalInterface
public interface StackMeasurement {

    void measure(Stack stack, StackData.Seeded data, Report report) throws Exception;
}
