package org.passerelle.bench;

import org.passerelle.bench.crypto.CryptoBenchmarks;
import org.passerelle.bench.db.PostgresUrl;
import org.passerelle.bench.delivery.PartnerDeliveryBenchmark;
import org.passerelle.bench.envers.EnversBenchmark;
import org.passerelle.bench.journal.JournalBenchmark;
import org.passerelle.bench.read.DossierReadBenchmark;
import org.passerelle.bench.report.BenchmarksDoc;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.rotation.KeyRotationBenchmark;
import org.passerelle.bench.search.SearchBenchmark;
import org.passerelle.bench.stack.BenchStack;
import org.passerelle.bench.stack.StackData;
import org.passerelle.bench.stack.StackMeasurement;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passerelle's benchmark command ({@code ./passerelle bench}): runs every measurement with its
 * baseline in one process and prints one table (figure, value, baseline, ratio, target, met) with
 * the machine it ran on. Progress goes to standard error, the report to standard output and, with
 * the curve data and charts, to the run's output folder; with {@code --docs} it also writes
 * {@code docs/benchmarks.md}. The exit status is 0 whether or not targets are met (the figures are
 * the result); 1 if a measurement fails (the others still run and the report is printed), 2 on a
 * bad argument.
 *
 * <p>Measurements, in the order they run: {@code crypto} (JMH), {@code search} (P3), {@code journal}
 * (P2), {@code envers} (P5), then on the benchmark's own stack {@code read} (P1) and
 * {@code rotation} (P6). Options: {@link Options#USAGE}. Environment:
 * {@code PASSERELLE_BENCH_PG_ADMIN_URL}, a superuser JDBC URL (default {@value #DEFAULT_ADMIN_URL}).
 */
public final class Benchmarks {

    public static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

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
        Path repository = options.repository() != null ? options.repository() : repository();
        Path output = options.out() != null ? options.out() : repository.resolve("modules/bench/target/bench-results/"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Report report = new Report(output);
        describeMachine(report);
        String adminUrl = System.getenv().getOrDefault("PASSERELLE_BENCH_PG_ADMIN_URL", DEFAULT_ADMIN_URL);
        if (options.needsPostgres()) {
            report.machine("PostgreSQL", postgresVersion(adminUrl));
        }
        List<String> failed = new ArrayList<>();
        if (options.runs("crypto")) {
            run("crypto", failed, report, () -> CryptoBenchmarks.measure(report));
        }
        if (options.runs("search")) {
            run("search", failed, report,
                    () -> new SearchBenchmark(adminUrl, options.persons(), options.lookups()).measure(report));
        }
        if (options.runs("journal")) {
            run("journal", failed, report, () -> new JournalBenchmark(adminUrl, options.journalThreads(),
                    options.journalSeconds(), options.journalEntries()).measure(report));
        }
        if (options.runs("envers")) {
            run("envers", failed, report, () -> new EnversBenchmark(adminUrl, options.enversThreads(),
                    options.enversSeconds()).measure(report));
        }
        List<StackMeasurement> onStack = stackMeasurements(options).stream().filter(m -> options.runs(m.name()))
                .toList();
        if (!onStack.isEmpty()) {
            run("stack", failed, report, () -> onStack(repository, adminUrl, options, onStack, report, failed));
        }
        report.machine("load average", String.format(Locale.ROOT, "%.2f at start, %.2f at end (1 min)",
                loadAtStart, loadAverage()));
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        report.machine("runtime", String.format("%d min %02d s", seconds / 60, seconds % 60));
        report.note("Ratios compare figures of this run; absolute numbers only compare within one run.");
        String rendered = report.render();
        System.out.print(rendered);
        Files.createDirectories(output);
        Files.writeString(output.resolve("report.txt"), rendered, StandardCharsets.UTF_8);
        if (options.docs() != null) {
            if (failed.isEmpty()) {
                BenchmarksDoc.write(options.docs(), report, options.command());
                System.err.println("bench: wrote " + options.docs() + " and its charts");
            } else {
                System.err.println("bench: " + options.docs() + " left as it was: " + failed + " failed");
            }
        }
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * The measurements that run on the benchmark's stack, in order. Partner delivery (P4) goes before
     * the rotation, which must stay last: it moves every row to a new key version.
     */
    static List<StackMeasurement> stackMeasurements(Options options) {
        return List.of(
                new DossierReadBenchmark(options.readUsers(), options.readSeconds(), options.profile()),
                new PartnerDeliveryBenchmark(options.delivery()),
                new KeyRotationBenchmark(options.rotationReadRate(), options.rotationBeforeSeconds(),
                        options.rotationMaxMinutes()));
    }

    private static void onStack(Path repository, String adminUrl, Options options, List<StackMeasurement> chosen,
                                Report report, List<String> failed) throws Exception {
        BenchStack.Layout layout = BenchStack.Layout.of(repository);
        report.machine("WildFly", layout.wildflyVersion());
        report.machine("Keycloak", layout.keycloakVersion());
        report.machine("WildFly heap", options.wildflyHeap() == null ? "512 MB (WildFly's default)"
                : options.wildflyHeap());
        try (BenchStack stack = BenchStack.start(layout, adminUrl, options.wildflyHeap())) {
            StackData.Seeded data = new StackData(stack, options.stackPersons(), options.readPool()).seed();
            try (var db = stack.adminConnection()) {
                report.note(String.format(Locale.ROOT, "Stack (P1, P6): Keycloak with the demo realm on port %d, "
                                + "WildFly with the EAR and the baseline WAR (ports offset by %d), database %s; "
                                + "%,d usagers of %s sealed with key version %d (10 fields each), with their creation "
                                + "history, %,d of them with an open dossier, and their plaintext copy, written in "
                                + "%.0f s: %s",
                        BenchStack.KEYCLOAK_PORT, BenchStack.PORT_OFFSET, BenchStack.DATABASE, data.persons(),
                        StackData.ORGANISATION, data.keyVersion(), data.caseFiles(), data.seconds(),
                        StackData.sizes(db, List.of("person", "person_aud", "revision", "bench_plain_person"))));
            }
            for (StackMeasurement measurement : chosen) {
                run(measurement.name(), failed, report, () -> measurement.measure(stack, data, report));
            }
        }
    }

    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }

    /** Runs one measurement; a failure is reported and noted, and the others still run. */
    private static void run(String name, List<String> failed, Report report, Measurement measurement) {
        try {
            measurement.run();
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failed.add(name);
            report.note(name + " FAILED: " + e);
            System.err.println("bench: " + name + " failed:");
            e.printStackTrace();
        }
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

    /** The checkout this jar was built in ({@code modules/bench/target/passerelle-bench.jar}), else the working folder. */
    static Path repository() {
        try {
            Path location = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = location.getParent().getParent().getParent().getParent();
            if (Files.exists(candidate.resolve("modules/bench/pom.xml"))) {
                return candidate;
            }
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            // the working folder, below
        }
        return Path.of("").toAbsolutePath();
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
     * The command line: which measurements and their sizes. {@link #command()} gives it back for the
     * documentation page, without the output options.
     */
    record Options(Set<String> only, int persons, int lookups, List<Integer> journalThreads, int journalSeconds,
                   int journalEntries, int enversThreads, int enversSeconds, int stackPersons, int readPool,
                   List<Integer> readUsers, int readSeconds, int rotationReadRate, int rotationBeforeSeconds,
                   int rotationMaxMinutes, PartnerDeliveryBenchmark.Settings delivery, boolean profile, String wildflyHeap, Path out, Path docs, Path repository,
                   List<String> arguments) {

        /** Every measurement, in the order they run; a new one (P4: delivery) joins here and in Benchmarks. */
        static final List<String> MEASUREMENTS = List.of("crypto", "search", "journal", "envers", "read", "delivery", "rotation");
        static final String USAGE = """
                usage: bench [--only=crypto,search,journal,envers,read,delivery,rotation]
                             [--persons=1000000] [--lookups=20000]                         (search, P3)
                             [--journal-threads=4,8] [--journal-seconds=20] [--journal-entries=1000000]  (P2)
                             [--envers-threads=4] [--envers-seconds=20]                    (P5)
                             [--stack-persons=1000000] [--read-pool=10000]                 (P1, P6 data)
                             [--read-users=1,2,4,8,16,32] [--read-seconds=8]               (P1)
                             [--rotation-read-rate=50] [--rotation-before-seconds=20] [--rotation-max-minutes=10]  (P6)
                             [--delivery-https=1000] [--delivery-sftp=100] [--delivery-rate=10] [--delivery-seconds=30]  (P4)
                             [--delivery-senders=1,2,4,8] [--delivery-per-level=200] [--outbox-threads=4] [--outbox-seconds=8]  (P4)
                             [--profile]                                                   (P1: JFR on WildFly)
                             [--wildfly-heap=512m]                                         (P1, P6: WildFly's -Xms/-Xmx)
                             [--out=DIR] [--docs=docs/benchmarks.md] [--repository=DIR]""";

        static Options parse(String... args) {
            Set<String> only = new LinkedHashSet<>(MEASUREMENTS);
            int persons = 1_000_000;
            int lookups = 20_000;
            List<Integer> journalThreads = List.of(4, 8);
            int journalSeconds = 20;
            int journalEntries = 1_000_000;
            int enversThreads = 4;
            int enversSeconds = 20;
            int stackPersons = 1_000_000;
            int readPool = 10_000;
            List<Integer> readUsers = List.of(1, 2, 4, 8, 16, 32);
            int readSeconds = 8;
            int rotationReadRate = 50;
            int rotationBeforeSeconds = 20;
            int rotationMaxMinutes = 10;
            PartnerDeliveryBenchmark.Settings delivery = PartnerDeliveryBenchmark.Settings.DEFAULTS;
            boolean profile = false;
            String wildflyHeap = null;
            Path out = null;
            Path docs = null;
            Path repository = null;
            List<String> kept = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals("--profile")) {
                    profile = true;
                    kept.add(arg);
                    continue;
                }
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
                    case "--envers-threads" -> enversThreads = positive(option);
                    case "--envers-seconds" -> enversSeconds = positive(option);
                    case "--stack-persons" -> stackPersons = positive(option);
                    case "--read-pool" -> readPool = positive(option);
                    case "--read-users" -> readUsers = positives(option);
                    case "--read-seconds" -> readSeconds = positive(option);
                    case "--rotation-read-rate" -> rotationReadRate = positive(option);
                    case "--rotation-before-seconds" -> rotationBeforeSeconds = positive(option);
                    case "--rotation-max-minutes" -> rotationMaxMinutes = positive(option);
                    case "--wildfly-heap" -> wildflyHeap = heap(option);
                    case "--out" -> out = path(option);
                    case "--docs" -> docs = path(option);
                    case "--repository" -> repository = path(option);
                    default -> {
                        if (!PartnerDeliveryBenchmark.Settings.accepts(option[0])) {
                            throw new IllegalArgumentException("unknown option " + option[0]);
                        }
                        delivery = delivery.with(option[0], option[1]);
                    }
                }
                if (!List.of("--out", "--docs", "--repository").contains(option[0])) {
                    kept.add(arg);
                }
            }
            if (readPool > stackPersons) {
                throw new IllegalArgumentException("--read-pool (" + readPool + ") cannot exceed --stack-persons ("
                        + stackPersons + ")");
            }
            return new Options(Set.copyOf(only), persons, lookups, journalThreads, journalSeconds, journalEntries,
                    enversThreads, enversSeconds, stackPersons, readPool, readUsers, readSeconds, rotationReadRate,
                    rotationBeforeSeconds, rotationMaxMinutes, delivery, profile, wildflyHeap, out, docs, repository,
                    List.copyOf(kept));
        }

        boolean runs(String measurement) {
            return only.contains(measurement);
        }

        boolean needsPostgres() {
            return only.stream().anyMatch(m -> !m.equals("crypto"));
        }

        /** The command as the documentation shows it: {@code ./passerelle bench} and the size options given. */
        String command() {
            return arguments.isEmpty() ? "./passerelle bench" : "./passerelle bench " + String.join(" ", arguments);
        }

        private static Set<String> measurements(String list) {
            Set<String> chosen = new LinkedHashSet<>(Arrays.asList(list.split(",")));
            if (!MEASUREMENTS.containsAll(chosen)) {
                throw new IllegalArgumentException("--only takes some of " + MEASUREMENTS + ", not " + list);
            }
            return chosen;
        }

        private static String heap(String[] option) {
            if (!option[1].matches("[1-9][0-9]*[mMgG]")) {
                throw new IllegalArgumentException(option[0] + " takes a size such as 512m or 2g, not " + option[1]);
            }
            return option[1];
        }

        private static Path path(String[] option) {
            if (option[1].isBlank()) {
                throw new IllegalArgumentException(option[0] + " takes a path");
            }
            return Path.of(option[1]).toAbsolutePath();
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

        /** For messages. */
        @Override
        public String toString() {
            return only.stream().collect(Collectors.joining(",", "Options[", "]"));
        }
    }
}
