package org.passerelle.bench;

import java.util.List;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;
import org.passerelle.testing.Stack;

/**
 * What a measurement is given: its name, the run's options (its sizes), a PostgreSQL superuser's JDBC URL, the
 * report; for those on the benchmark's stack (P3, P1, P4, P6), the stack and the data seeded into it.
 */
public record Run(String name, Options options, String adminUrl, Report report, Stack stack, StackData.Seeded data) {

    /** The same run for the measurement {@code name}, whose progress lines it prefixes. */
    public Run named(String measurement) {
        return new Run(measurement, options, adminUrl, report, stack, data);
    }

    /** A progress line on standard error, e.g. {@code read: 8 users ...}. */
    public void progress(String format, Object... arguments) {
        Report.progress(name, format, arguments);
    }

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
