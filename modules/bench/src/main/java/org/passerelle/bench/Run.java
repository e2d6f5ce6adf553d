package org.passerelle.bench;

import java.util.List;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;
import org.passerelle.testing.Stack;

/**
 * What a measurement is given: the run's options (its sizes), a PostgreSQL superuser's JDBC URL, the
 * report; for those on the benchmark's stack (P1, P4, P6), the stack and the data seeded into it.
 */
public record Run(Options options, String adminUrl, Report report, Stack stack, StackData.Seeded data) {

    public int size(String name) {
        return options.size(name);
    }

    public List<Integer> sizes(String name) {
        return options.sizes(name);
    }

    /** A database of the run's own, e.g. {@code database("journal")}: {@code passerelle_bench_journal}. */
    public String database(String suffix) {
        return options.databases() + "_" + suffix;
    }
}
