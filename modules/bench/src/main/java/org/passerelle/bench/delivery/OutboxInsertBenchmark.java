package org.passerelle.bench.delivery;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.passerelle.bench.Run;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.Samples;
import org.passerelle.bench.load.Workers;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;

/** P4's outbox write against a plain insert, in JDBC (modules/bench/README.md). */
final class OutboxInsertBenchmark {

    static final int REFERRALS = 1_000;
    static final int ROWS_IN_TRANSACTION = 20;
    private static final long WARMUP_SECONDS = 1;
    private static final String COLUMNS = "id, referral_id, partner_code, kind, reason_code, event_id, state, "
            + "attempts, next_attempt_at, last_error, created_at, delivered_at, closed_at, resent_by, version";

    /** One measured phase: transactions of {@code rows} rows into {@code table}. */
    record Phase(int rows, String table, int round, Samples.Window window) {

        double rowsPerSecond() {
            return window.perSecond() * rows;
        }
    }

    private final Run run;
    private final int threads;
    /** The outbox's seconds per kind and variant, split over two phases. */
    private final Duration measured;

    OutboxInsertBenchmark(Run run) {
        this.run = run;
        this.threads = run.size("outbox-threads");
        this.measured = Duration.ofSeconds(run.size("outbox-seconds")).dividedBy(2);
    }

    void measure() throws Exception {
        Report report = run.report();
        run.progress("outbox write: migrating a throwaway database with the application's migrations...");
        try (Sql.Throwaway db =
                Sql.Throwaway.create(run.adminUrl(), run.database("outbox")).migrated()) {
            List<UUID> referrals = prepare(db);
            List<Phase> phases = new ArrayList<>();
            for (int rows : List.of(1, ROWS_IN_TRANSACTION)) {
                int round = 0;
                for (String table : List.of("outbox_message", "outbox_plain", "outbox_plain", "outbox_message")) {
                    Phase phase = phase(db, referrals, rows, table, round++ / 2);
                    phases.add(phase);
                    run.progress(
                            "outbox write: %-14s %2d row(s)/transaction, %d threads: %,7.0f rows/s, %.3f ms per transaction",
                            table,
                            rows,
                            threads,
                            phase.rowsPerSecond(),
                            phase.window().latencies().meanMillis());
                }
                report(
                        report,
                        rows,
                        phases.stream().filter(p -> p.rows() == rows).toList());
            }
            writeCsv(report, phases);
        }
    }

    private void report(Report report, int rows, List<Phase> phases) {
        Samples.Window outbox = pooled(phases, "outbox_message");
        Samples.Window plain = pooled(phases, "outbox_plain");
        String unit = rows == 1
                ? "one row per transaction (commit included)"
                : rows + " rows per transaction (per row, commit shared)";
        report.figure(Figure.against(
                PartnerDeliveryBenchmark.NAME + ": outbox write / plain insert, " + unit,
                Quantity.of(outbox.latencies().meanMillis() / rows, "ms"),
                Quantity.of(plain.latencies().meanMillis() / rows, "ms")));
        report.note(
                "P4 outbox write, %d row(s) per transaction, %d threads: "
                        + "outbox_message %,.0f rows/s (mean %.3f ms, p99 %.3f ms per transaction), plain table "
                        + "%,.0f rows/s (mean %.3f ms, p99 %.3f ms): the outbox row costs %.2f times a plain insert",
                rows,
                threads,
                outbox.perSecond() * rows,
                outbox.latencies().meanMillis(),
                outbox.millis(0.99),
                plain.perSecond() * rows,
                plain.latencies().meanMillis(),
                plain.millis(0.99),
                outbox.latencies().meanMillis() / plain.latencies().meanMillis());
    }

    private static Samples.Window pooled(List<Phase> phases, String table) {
        return Samples.Window.pooled(phases.stream()
                .filter(p -> p.table().equals(table))
                .map(Phase::window)
                .toList());
    }

    /**
     * The referrals the outbox rows reference, with the usagers and dossiers they reference in turn
     * (ids, codes and dates as the application writes them; the sealed columns hold placeholder bytes,
     * as nothing here reads them), and the plain table.
     */
    private static List<UUID> prepare(Sql.Throwaway throwaway) throws SQLException {
        try (Connection db = throwaway.connect()) {
            Sql.execute(
                    db,
                    "CREATE TEMPORARY TABLE bench_ids AS SELECT g, gen_random_uuid() AS p, "
                            + "gen_random_uuid() AS c, gen_random_uuid() AS r FROM generate_series(1, " + REFERRALS
                            + ") g",
                    "INSERT INTO person (id, organisation_code, key_version, last_name, first_names, birth_date, "
                            + "name_bidx, created_at, updated_at, version) SELECT p, '" + StackData.ORGANISATION
                            + "', 1, '\\x00'::bytea, '\\x00'::bytea, '\\x00'::bytea, decode(md5(p::text), 'hex'), now(), "
                            + "now(), 0 FROM bench_ids",
                    "INSERT INTO case_file (id, organisation_code, person_id, referent, status, opened_at, "
                            + "last_contact_on, key_version, version) SELECT c, '" + StackData.ORGANISATION + "', p, '"
                            + StackData.AGENT + "', 'OPEN', now(), current_date, 1, 0 FROM bench_ids",
                    "INSERT INTO referral (id, organisation_code, case_file_id, person_id, partner_code, "
                            + "convention_id, cadre, purpose, urgency, picked_fields, status, sender, created_at, sent_at, "
                            + "remind_at, expires_at, key_version, reason, version) SELECT r, '"
                            + StackData.ORGANISATION
                            + "', c, p, 'caf-49', (SELECT id FROM convention WHERE partner_code = 'caf-49' AND purpose = "
                            + "'acces-aux-droits' AND active), 'SOCIAL_ACTION', 'acces-aux-droits', 'NORMAL', '"
                            + String.join(",", PartnerDeliveryBenchmark.CAF_PICK) + "', 'SENT', '" + StackData.AGENT
                            + "', now(), now(), now() + interval '10 days', now() + interval '30 days', 1, '\\x00'::bytea, "
                            + "0 FROM bench_ids",
                    // outbox_message's columns and types, with a primary key and nothing else
                    "CREATE TABLE outbox_plain (id uuid PRIMARY KEY, seq bigint, referral_id uuid, partner_code "
                            + "varchar(64), kind varchar(20), reason_code varchar(40), event_id uuid, state varchar(12), "
                            + "attempts integer, next_attempt_at timestamptz, last_error varchar(40), created_at "
                            + "timestamptz, delivered_at timestamptz, closed_at timestamptz, resent_by varchar(255), "
                            + "version bigint)",
                    "VACUUM (ANALYZE) person, case_file, referral, outbox_message, outbox_plain");
            return Sql.queryStrings(db, "SELECT id FROM referral").stream()
                    .map(UUID::fromString)
                    .toList();
        }
    }

    private Phase phase(Sql.Throwaway db, List<UUID> referrals, int rows, String table, int round) throws Exception {
        // The values a new ORIENTATION message has; the columns it leaves null as literals.
        String sql = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, 'caf-49', 'ORIENTATION', NULL, NULL, "
                + "'PENDING', 0, ?, NULL, ?, NULL, NULL, NULL, 0)";
        Workers.Timed timed = Workers.timed(
                "outbox-insert", threads, Duration.ofSeconds(WARMUP_SECONDS), measured, (thread, resources) -> {
                    Connection connection = db.connect();
                    resources.add(connection);
                    connection.setAutoCommit(false);
                    PreparedStatement insert = connection.prepareStatement(sql);
                    SplittableRandom random = new SplittableRandom(31L * thread + rows + round);
                    return () -> {
                        for (int r = 0; r < rows; r++) {
                            Timestamp now = Timestamp.from(Instant.now());
                            insert.setObject(1, UUID.randomUUID());
                            insert.setObject(2, referrals.get(random.nextInt(referrals.size())));
                            insert.setTimestamp(3, now);
                            insert.setTimestamp(4, now);
                            insert.executeUpdate();
                        }
                        connection.commit();
                    };
                });
        return new Phase(rows, table, round, timed.measured());
    }

    private void writeCsv(Report report, List<Phase> phases) throws IOException {
        report.csv(
                "p4-outbox-insert.csv",
                "rows_per_transaction,kind,round,threads,transactions,seconds,rows_per_s,mean_ms_per_transaction,"
                        + "p50_ms,p99_ms",
                phases.stream()
                        .map(p -> Report.format(
                                "%d,%s,%d,%d,%d,%.2f,%.1f,%.4f,%.4f,%.4f",
                                p.rows(),
                                p.table(),
                                p.round(),
                                threads,
                                p.window().completed(),
                                p.window().seconds(),
                                p.rowsPerSecond(),
                                p.window().latencies().meanMillis(),
                                p.window().millis(0.50),
                                p.window().millis(0.99)))
                        .toList());
    }
}
