package org.passerelle.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.bench.crypto.CryptoBenchmarks;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.delivery.PartnerDeliveryBenchmark;
import org.passerelle.bench.envers.EnversBenchmark;
import org.passerelle.bench.journal.JournalBenchmark;
import org.passerelle.bench.read.DossierReadBenchmark;
import org.passerelle.bench.report.BenchmarksDoc;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.rotation.KeyRotationBenchmark;
import org.passerelle.bench.search.SearchBenchmark;
import org.passerelle.bench.seed.StackData;
import org.passerelle.testing.Ports;
import org.passerelle.testing.Stack;

/** {@code ./passerelle bench}: every measurement with its baseline, one report (modules/bench/README.md). */
public final class Benchmarks {

    static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    /** Those on the benchmark's stack, in their order: the rotation stays last (it moves every row to a new key). */
    static final List<String> ON_STACK = List.of("search", "read", "delivery", "rotation");

    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }

    private Benchmarks() {}

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
        Path repository = options.repository() != null
                ? options.repository()
                : Path.of("").toAbsolutePath();
        Path output = options.out() != null
                ? options.out()
                : repository.resolve("modules/bench/target/bench-results/"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Report report = new Report(output);
        describeMachine(report);
        String adminUrl = System.getenv().getOrDefault("PASSERELLE_BENCH_PG_ADMIN_URL", DEFAULT_ADMIN_URL);
        if (options.needsPostgres()) {
            report.machine("PostgreSQL", postgresVersion(adminUrl));
        }
        List<String> failed = new ArrayList<>();
        Run inThisJvm = new Run("bench", options, adminUrl, report, null, null);
        for (String name : Options.MEASUREMENTS) {
            if (options.runs(name) && !ON_STACK.contains(name)) {
                run(name, failed, report, () -> measure(name, inThisJvm.named(name)));
            }
        }
        List<String> onStack = ON_STACK.stream().filter(options::runs).toList();
        if (!onStack.isEmpty()) {
            run("stack", failed, report, () -> onStack(repository, inThisJvm, onStack, failed));
        }
        report.machine("load average", Report.format("%.2f at start, %.2f at end (1 min)", loadAtStart, loadAverage()));
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        report.machine("runtime", String.format("%d min %02d s", seconds / 60, seconds % 60));
        report.note("Ratios compare figures of this run; absolute numbers only compare within one run.");
        String rendered = report.render();
        System.out.print(rendered);
        Files.createDirectories(output);
        Files.writeString(output.resolve("report.txt"), rendered, StandardCharsets.UTF_8);
        if (options.docs() != null && failed.isEmpty()) {
            BenchmarksDoc.write(options.docs(), report, options.command());
            System.err.println("bench: wrote " + options.docs() + " and its charts");
        } else if (options.docs() != null) {
            System.err.println("bench: " + options.docs() + " left as it was: " + failed + " failed");
        }
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }

    /** Runs the measurement named in {@link Options#MEASUREMENTS}. */
    static void measure(String name, Run run) throws Exception {
        switch (name) {
            case "crypto" -> CryptoBenchmarks.measure(run.report());
            case "search" -> new SearchBenchmark(run).measure();
            case "journal" -> new JournalBenchmark(run).measure();
            case "envers" -> new EnversBenchmark(run).measure();
            case "read" -> new DossierReadBenchmark(run).measure();
            case "delivery" -> new PartnerDeliveryBenchmark(run).measure();
            case "rotation" -> new KeyRotationBenchmark(run).measure();
            default -> throw new IllegalArgumentException("no measurement " + name);
        }
    }

    private static void onStack(Path repository, Run run, List<String> chosen, List<String> failed) throws Exception {
        Options options = run.options();
        Report report = run.report();
        int offset = options.size("port-offset");
        Stack.Layout layout = Stack.Layout.of(repository, repository.resolve("modules/bench/target/bench-stack"));
        report.machine("WildFly", version(layout.wildflyHome()));
        report.machine("Keycloak", version(layout.keycloakHome()));
        report.machine(
                "WildFly heap", options.wildflyHeap() == null ? "512 MB (WildFly's default)" : options.wildflyHeap());
        Stack.Builder builder = Stack.builder(layout)
                .portOffset(offset)
                .postgresAdminUrl(run.adminUrl())
                .database(run.database("stack"))
                .databaseRole(options.databases())
                // The partner simulator only for P4; no SMTP: no measurement sends a notification.
                .simulator(chosen.contains("delivery"))
                .smtp(false)
                .privateKeycloak(true)
                .dropDatabaseOnClose(true)
                .deploy(repository.resolve("modules/bench/target/passerelle-bench-baseline.war"))
                .env("PASSERELLE_PUBLIC_URL", new Ports(offset).api().toString());
        if (options.wildflyHeap() != null) {
            // standalone.conf's own variable for -Xms/-Xmx; its other defaults stay.
            builder.env("JBOSS_JAVA_SIZING", "-Xms" + options.wildflyHeap() + " -Xmx" + options.wildflyHeap());
        }
        long started = System.nanoTime();
        try (Stack stack = builder.start()) {
            Report.progress("stack", "up in %.0f s", (System.nanoTime() - started) / 1e9);
            StackData.Seeded data = new StackData(stack, run.size("stack-persons"), run.size("read-pool")).seed();
            try (Connection db = stack.superuserConnection()) {
                report.note(
                        "Stack (P3, P1, P4, P6): Keycloak with the demo realm on port %d, "
                                + "WildFly with the EAR and the baseline WAR (ports offset by %d), database %s; "
                                + "%,d usagers of %s sealed with key version %d (10 fields each), with their creation "
                                + "history, %,d of them with an open dossier, and their plaintext copy, written in "
                                + "%.0f s: %s",
                        stack.ports().keycloak(),
                        offset,
                        stack.database(),
                        data.persons(),
                        StackData.ORGANISATION,
                        data.keyVersion(),
                        data.caseFiles(),
                        data.seconds(),
                        Sql.sizes(db, List.of("person", "person_aud", "revision", "bench_plain_person")));
            }
            Run onStack = new Run("stack", options, run.adminUrl(), report, stack, data);
            for (String name : chosen) {
                run(name, failed, report, () -> measure(name, onStack.named(name)));
            }
        }
    }

    /** A server's version from its folder's name, e.g. {@code wildfly-39.0.0.Final}. */
    private static String version(Path home) {
        String name = home.getFileName().toString();
        return name.substring(name.indexOf('-') + 1);
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
        report.machine(
                "date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        report.machine("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        report.machine("CPU", cpuModel());
        report.machine("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        report.machine(
                "OS",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** The server's version; asked first, it also checks the server answers before anything long starts. */
    private static String postgresVersion(String adminUrl) {
        try (Connection admin = DriverManager.getConnection(adminUrl)) {
            return Sql.queryString(admin, "SHOW server_version");
        } catch (SQLException e) {
            System.err.println("bench: PostgreSQL does not answer at " + adminUrl.replaceFirst("\\?.*", "")
                    + " (" + e.getMessage() + ").\nStart it (pg_ctlcluster 15 main start) or set "
                    + "PASSERELLE_BENCH_PG_ADMIN_URL to a superuser JDBC URL.");
            System.exit(1);
            return null;
        }
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
