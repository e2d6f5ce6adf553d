package org.passerelle.bench.delivery;

import org.passerelle.bench.db.PostgresUrl;
import org.passerelle.bench.load.Latencies;
import org.passerelle.bench.load.Samples;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.stack.StackData;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import org.flywaydb.core.Flyway;

/**
 * P4's third part: what writing the transactional outbox costs against a plain insert, in JDBC,
 * against a throwaway database migrated by the application's own Flyway migrations
 * ({@code db/migration} of the domain jar). <b>Outbox</b>: the row Hibernate writes for an
 * {@code OutboxMessage} into the real {@code outbox_message} (identity {@code seq}, foreign keys to
 * {@code referral} and {@code organisation}, checks, three indexes), each referencing one of
 * {@value #REFERRALS} referral rows present in the database. <b>Plain</b>: the same statement into
 * {@code outbox_plain}, the same columns with a primary key and nothing else (no identity, no
 * foreign key, no check, no other index). The same threads, each with its own connection, insert
 * back to back; two variants: one row per transaction (a commit after each, as a lone write would),
 * and {@value #ROWS_IN_TRANSACTION} rows per transaction (the statement's own cost, as when the row
 * joins the larger transaction of the change it belongs to). Phases alternate outbox, plain, plain,
 * outbox, each {@value #WARMUP_SECONDS} s of warm-up then half of the measured time.
 */
final class OutboxInsertBenchmark {

    static final String DATABASE = "passerelle_bench_outbox";
    static final int REFERRALS = 1_000;
    static final int ROWS_IN_TRANSACTION = 20;
    private static final long WARMUP_SECONDS = 1;
    private static final List<String> COLUMNS = List.of("id", "referral_id", "partner_code", "kind", "reason_code",
            "event_id", "state", "attempts", "next_attempt_at", "last_error", "created_at", "delivered_at", "closed_at",
            "resent_by", "version");

    enum Kind {
        OUTBOX("outbox_message"), PLAIN("outbox_plain");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** One measured phase. */
    record Phase(int rowsPerTransaction, Kind kind, int round, Samples.Window window) {

        double rowsPerSecond() {
            return window.perSecond() * rowsPerTransaction;
        }

        double meanMillisPerTransaction() {
            return window.latencies().meanMillis();
        }
    }

    /** The result of one variant: mean time of a transaction and rows/s, outbox against plain. */
    record Result(int rowsPerTransaction, double outboxMillis, double plainMillis, double outboxRowsPerSecond,
                  double plainRowsPerSecond, double outboxP99, double plainP99) {

        double costRatio() {
            return outboxMillis / plainMillis;
        }
    }

    private final String adminUrl;
    private final int threads;
    private final Duration measured;

    /** @param measuredSeconds per kind and variant, split over two phases */
    OutboxInsertBenchmark(String adminUrl, int threads, int measuredSeconds) {
        this.adminUrl = adminUrl;
        this.threads = threads;
        this.measured = Duration.ofSeconds(measuredSeconds).dividedBy(2);
    }

    List<Result> measure(Report report) throws Exception {
        try (Connection admin = DriverManager.getConnection(adminUrl)) {
            StackData.execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            StackData.execute(admin, "CREATE DATABASE " + DATABASE);
            try {
                String url = PostgresUrl.withDatabase(adminUrl, DATABASE);
                progress("migrating a throwaway database with the application's migrations...");
                Flyway.configure(OutboxInsertBenchmark.class.getClassLoader()).dataSource(url, null, null)
                        .locations("classpath:db/migration").load().migrate();
                List<UUID> referrals = prepare(url);
                List<Phase> phases = new ArrayList<>();
                List<Result> results = new ArrayList<>();
                for (int rows : List.of(1, ROWS_IN_TRANSACTION)) {
                    int round = 0;
                    for (Kind kind : List.of(Kind.OUTBOX, Kind.PLAIN, Kind.PLAIN, Kind.OUTBOX)) {
                        Phase phase = phase(url, referrals, rows, kind, round++ / 2);
                        phases.add(phase);
                        progress("%-6s %2d row(s)/transaction, %d threads: %,7.0f rows/s, %.3f ms per transaction",
                                kind.name().toLowerCase(Locale.ROOT), rows, threads, phase.rowsPerSecond(),
                                phase.meanMillisPerTransaction());
                    }
                    results.add(result(rows, phases.stream().filter(p -> p.rowsPerTransaction() == rows).toList()));
                }
                writeCsv(report, phases);
                return results;
            } finally {
                StackData.execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    /**
     * The referrals the outbox rows reference, with the usagers and dossiers they reference in turn
     * (ids, codes and dates as the application writes them; the sealed columns hold placeholder bytes,
     * as nothing here reads them), and the plain table.
     */
    private List<UUID> prepare(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url)) {
            StackData.execute(db, "CREATE TEMPORARY TABLE bench_ids AS SELECT g, gen_random_uuid() AS p, "
                    + "gen_random_uuid() AS c, gen_random_uuid() AS r FROM generate_series(1, " + REFERRALS + ") g");
            StackData.execute(db, "INSERT INTO person (id, organisation_code, key_version, last_name, first_names, "
                    + "birth_date, name_bidx, created_at, updated_at, version) SELECT p, '" + StackData.ORGANISATION
                    + "', 1, '\\x00'::bytea, '\\x00'::bytea, '\\x00'::bytea, decode(md5(p::text), 'hex'), now(), now(), 0 "
                    + "FROM bench_ids");
            StackData.execute(db, "INSERT INTO case_file (id, organisation_code, person_id, referent, status, opened_at, "
                    + "last_contact_on, key_version, version) SELECT c, '" + StackData.ORGANISATION + "', p, '"
                    + StackData.AGENT + "', 'OPEN', now(), current_date, 1, 0 FROM bench_ids");
            StackData.execute(db, "INSERT INTO referral (id, organisation_code, case_file_id, person_id, partner_code, "
                    + "convention_id, cadre, purpose, urgency, picked_fields, status, sender, created_at, sent_at, "
                    + "remind_at, expires_at, key_version, reason, version) SELECT r, '" + StackData.ORGANISATION
                    + "', c, p, 'caf-49', (SELECT id FROM convention WHERE partner_code = 'caf-49' AND purpose = "
                    + "'acces-aux-droits' AND active), 'SOCIAL_ACTION', 'acces-aux-droits', 'NORMAL', "
                    + "'person.lastName,person.firstNames', 'SENT', '" + StackData.AGENT + "', now(), now(), "
                    + "now() + interval '10 days', now() + interval '30 days', 1, '\\x00'::bytea, 0 FROM bench_ids");
            StackData.execute(db, """
                    CREATE TABLE outbox_plain (
                        id              uuid PRIMARY KEY,
                        seq             bigint,
                        referral_id     uuid,
                        partner_code    varchar(64),
                        kind            varchar(20),
                        reason_code     varchar(40),
                        event_id        uuid,
                        state           varchar(12),
                        attempts        integer,
                        next_attempt_at timestamptz,
                        last_error      varchar(40),
                        created_at      timestamptz,
                        delivered_at    timestamptz,
                        closed_at       timestamptz,
                        resent_by       varchar(255),
                        version         bigint)""");
            for (String table : List.of("person", "case_file", "referral", "outbox_message", "outbox_plain")) {
                StackData.execute(db, "VACUUM (ANALYZE) " + table);
            }
            List<UUID> ids = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM referral")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return List.copyOf(ids);
        }
    }

    private Phase phase(String url, List<UUID> referrals, int rows, Kind kind, int round) throws Exception {
        String sql = "INSERT INTO " + kind.table + " (" + String.join(", ", COLUMNS) + ") VALUES (?, ?, 'caf-49', "
                + "'ORIENTATION', ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?, 0)";
        List<Samples> parts = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            Samples samples = new Samples();
            parts.add(samples);
            SplittableRandom random = new SplittableRandom(31L * t + rows + kind.ordinal());
            workers.add(Thread.ofPlatform().name("outbox-insert-" + t).start(() -> {
                try (Connection db = DriverManager.getConnection(url)) {
                    db.setAutoCommit(false);
                    try (PreparedStatement insert = db.prepareStatement(sql)) {
                        ready.countDown();
                        go.await();
                        long start;
                        while ((start = System.nanoTime()) < window[1]) {
                            for (int r = 0; r < rows; r++) {
                                Timestamp now = Timestamp.from(Instant.now());
                                insert.setObject(1, UUID.randomUUID());
                                insert.setObject(2, referrals.get(random.nextInt(referrals.size())));
                                insert.setNull(3, java.sql.Types.VARCHAR);
                                insert.setNull(4, java.sql.Types.OTHER);
                                insert.setTimestamp(5, now);
                                insert.setNull(6, java.sql.Types.VARCHAR);
                                insert.setTimestamp(7, now);
                                insert.setNull(8, java.sql.Types.TIMESTAMP);
                                insert.setNull(9, java.sql.Types.TIMESTAMP);
                                insert.setNull(10, java.sql.Types.VARCHAR);
                                insert.executeUpdate();
                            }
                            db.commit();
                            samples.add(start, System.nanoTime(), 200);
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    ready.countDown();
                }
            }));
        }
        ready.await();
        window[0] = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
        window[1] = window[0] + measured.toNanos();
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("an insert into " + kind.table + " failed", failures.getFirst());
        }
        // Transactions that ended within the measured window (the last ones may end just after it).
        return new Phase(rows, kind, round, Samples.merge(parts).between(window[0], window[1]));
    }

    private Result result(int rows, List<Phase> phases) {
        return new Result(rows, meanMillis(phases, Kind.OUTBOX), meanMillis(phases, Kind.PLAIN),
                rowsPerSecond(phases, Kind.OUTBOX), rowsPerSecond(phases, Kind.PLAIN),
                pooled(phases, Kind.OUTBOX).percentileMillis(0.99), pooled(phases, Kind.PLAIN).percentileMillis(0.99));
    }

    private static Latencies pooled(List<Phase> phases, Kind kind) {
        return phases.stream().filter(p -> p.kind() == kind).map(p -> p.window().latencies())
                .reduce(Latencies::plus).orElseThrow();
    }

    private static double meanMillis(List<Phase> phases, Kind kind) {
        return pooled(phases, kind).meanMillis();
    }

    private static double rowsPerSecond(List<Phase> phases, Kind kind) {
        List<Phase> mine = phases.stream().filter(p -> p.kind() == kind).toList();
        double rows = mine.stream().mapToDouble(p -> (double) p.window().completed() * p.rowsPerTransaction()).sum();
        return rows / mine.stream().mapToDouble(p -> p.window().seconds()).sum();
    }

    private void writeCsv(Report report, List<Phase> phases) throws IOException {
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(report.dataFile("p4-outbox-insert.csv"),
                StandardCharsets.UTF_8))) {
            csv.println("rows_per_transaction,kind,round,threads,transactions,seconds,rows_per_s,mean_ms_per_transaction,"
                    + "p50_ms,p99_ms");
            for (Phase p : phases) {
                csv.printf(Locale.ROOT, "%d,%s,%d,%d,%d,%.2f,%.1f,%.4f,%.4f,%.4f%n", p.rowsPerTransaction(),
                        p.kind().table, p.round(), threads, p.window().completed(), p.window().seconds(),
                        p.rowsPerSecond(), p.meanMillisPerTransaction(), p.window().millis(0.50),
                        p.window().millis(0.99));
            }
        }
    }

    int threads() {
        return threads;
    }

    Duration measuredPerPhase() {
        return measured;
    }

    private static void progress(String format, Object... arguments) {
        Report.progress("delivery", "outbox write: " + format, arguments);
    }
}
