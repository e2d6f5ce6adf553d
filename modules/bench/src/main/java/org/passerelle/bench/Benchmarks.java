package org.passerelle.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passerelle's benchmark command ({@code ./passerelle bench}): runs every measurement with its
 * baseline in one process and prints one table (figure, value, baseline, ratio, target, met) with
 * the machine it ran on. Progress goes to standard error, the report to standard output. The exit
 * status is 0 whether or not targets are met (the figures are the result); 1 if a measurement
 * fails, 2 on a bad argument.
 *
 * <p>Arguments: {@code --only=crypto,search,journal}, {@code --persons=1000000}, {@code --lookups=20000},
 * {@code --journal-threads=4,8}, {@code --journal-seconds=20}, {@code --journal-entries=1000000}.
 * Environment: {@code PASSERELLE_BENCH_PG_ADMIN_URL}, a superuser JDBC URL (default
 * {@value #DEFAULT_ADMIN_URL}).
 */
public final class Benchmarks {

    static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage() + "\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        double loadAtStart = loadAverage();
        Report report = new Report();
        describeMachine(report);
        String adminUrl = System.getenv().getOrDefault("PASSERELLE_BENCH_PG_ADMIN_URL", DEFAULT_ADMIN_URL);
        if (options.runs("search") || options.runs("journal")) {
            report.machine("PostgreSQL", postgresVersion(adminUrl));
        }
        if (options.runs("crypto")) {
            CryptoBenchmarks.measure(report);
        }
        if (options.runs("search")) {
            new SearchBenchmark(adminUrl, options.persons(), options.lookups()).measure(report);
        }
        if (options.runs("journal")) {
            new JournalBenchmark(adminUrl, options.journalThreads(), options.journalSeconds(),
                    options.journalEntries()).measure(report);
        }
        report.machine("load average", String.format(Locale.ROOT, "%.2f at start, %.2f at end (1 min)",
                loadAtStart, loadAverage()));
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        report.machine("runtime", String.format("%d min %02d s", seconds / 60, seconds % 60));
        report.note("Ratios compare figures of this run; absolute numbers only compare within one run.");
        System.out.print(report.render());
    }

    private static void describeMachine(Report report) {
        report.machine("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        report.machine("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        report.machine("CPU", cpuModel());
        report.machine("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        report.machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
    }

    private static String postgresVersion(String adminUrl) {
        try {
            return SearchBenchmark.serverVersion(adminUrl);
        } catch (SQLException e) {
            System.err.println("bench: PostgreSQL does not answer at " + PostgresUrl.withoutParameters(adminUrl)
                    + " (" + e.getMessage() + ").\nStart it (pg_ctlcluster 15 main start) or set "
                    + "PASSERELLE_BENCH_PG_ADMIN_URL to a superuser JDBC URL.");
            System.exit(1);
            return null;
        }
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The command line: which measurements, the size of the search benchmark, and of the journal's:
     * its writer thread counts, measured seconds of each kind at each count, entries added for the
     * verification.
     */
    record Options(Set<String> only, int persons, int lookups, List<Integer> journalThreads, int journalSeconds,
                   int journalEntries) {

        static final Set<String> MEASUREMENTS = Set.of("crypto", "search", "journal");
        static final String USAGE = "usage: bench [--only=crypto,search,journal] [--persons=1000000] "
                + "[--lookups=20000] [--journal-threads=4,8] [--journal-seconds=20] [--journal-entries=1000000]";

        static Options parse(String... args) {
            Set<String> only = MEASUREMENTS;
            int persons = 1_000_000;
            int lookups = 20_000;
            List<Integer> journalThreads = List.of(4, 8);
            int journalSeconds = 20;
            int journalEntries = 1_000_000;
            for (String arg : args) {
                String[] option = arg.split("=", 2);
                if (option.length != 2) {
                    throw new IllegalArgumentException("unknown argument " + arg);
                }
                switch (option[0]) {
                    case "--only" -> only = measurements(option[1]);
                    case "--persons" -> persons = positive(option);
                    case "--lookups" -> lookups = positive(option);
                    case "--journal-threads" -> journalThreads = positives(option);
                    case "--journal-seconds" -> journalSeconds = positive(option);
                    case "--journal-entries" -> journalEntries = positive(option);
                    default -> throw new IllegalArgumentException("unknown option " + option[0]);
                }
            }
            return new Options(only, persons, lookups, journalThreads, journalSeconds, journalEntries);
        }

        boolean runs(String measurement) {
            return only.contains(measurement);
        }

        private static Set<String> measurements(String list) {
            Set<String> chosen = new LinkedHashSet<>(Arrays.asList(list.split(",")));
            if (!MEASUREMENTS.containsAll(chosen)) {
                throw new IllegalArgumentException("--only takes some of " + MEASUREMENTS + ", not " + list);
            }
            return chosen;
        }

        private static List<Integer> positives(String[] option) {
            List<Integer> values = new ArrayList<>();
            for (String value : option[1].split(",")) {
                values.add(positive(new String[] {option[0], value}));
            }
            return List.copyOf(values);
        }

        private static int positive(String[] option) {
            try {
                int value = Integer.parseInt(option[1].replace("_", ""));
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option[0] + " takes a positive integer, not " + option[1]);
        }
    }
}
