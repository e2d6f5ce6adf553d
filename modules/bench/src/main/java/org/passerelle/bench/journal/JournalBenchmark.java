package org.passerelle.bench.journal;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.passerelle.bench.Run;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.Samples;
import org.passerelle.bench.load.Workers;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.journal.JournalEntry;
import org.passerelle.journal.JournalKeys;
import org.passerelle.journal.JournalSealer;
import org.passerelle.journal.JournalVerifier;
import org.passerelle.journal.JournalWriter;
import org.passerelle.journal.Verification;
import org.passerelle.testing.Stack;

/** P2, the access journal's chained appends and verification against plain SQL (modules/bench/README.md). */
public final class JournalBenchmark {

    /** The server's defaults: {@code JournalSealingStep.BATCH} and {@code JournalSealing}'s settings. */
    static final int SEAL_BATCH = 5_000;

    static final long SEAL_INTERVAL_MILLIS = 1_000;
    static final long CHECKPOINT_SECONDS = 60;

    static final String PLAIN_INSERT = "insert into journal_entry_plain (id, at, user_id, username, "
            + "organisation_code, roles, action, person_id, case_file_id, referral_id, fields, cadre, purpose, "
            + "outcome, reason_code, request_id, client_address, break_glass) "
            + "values (nextval('journal_entry_plain_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final long TEN_MILLION = 10_000_000;
    private static final int LOAD_THREADS = 4;
    private static final int LOAD_TRANSACTION = 10_000;
    /**
     * The verification's entries are dated in order over 30 days ending an hour before the run, as
     * a real journal's are: all older than the verifier's grace (10 min), so that its count of old
     * unsealed entries reads them all, as it would on a real journal.
     */
    static final Duration LOAD_SPAN = Duration.ofDays(30);

    static final Duration LOAD_END_BEFORE_RUN = Duration.ofHours(1);
    /** Rounds of journal, plain, plain, journal at each thread count. */
    static final int ROUNDS = 2;

    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(2);

    private final Run run;
    private final List<Integer> threadCounts;
    private final Duration phase;
    private final int entries;
    private final JournalKeys keys = JournalKeys.generate();
    private final JournalWriter writer = new JournalWriter(keys);
    private final JournalEntries generated = new JournalEntries(20_261_124L);
    /** Index of the next generated entry, across all phases. */
    private final AtomicLong nextEntry = new AtomicLong();
    /** Journal entries committed so far, across all phases. */
    private final AtomicLong appended = new AtomicLong();
    /** When the background sealer last signed a checkpoint, as the server keeps it across ticks. */
    private volatile long lastCheckpointNanos = Long.MIN_VALUE;

    private Path checkpoints;
    private JournalSealer sealer;
    private Sql.Throwaway db;

    /** The journal's seconds are the measured time of each kind at each thread count, shared by its phases. */
    public JournalBenchmark(Run run) {
        this.run = run;
        this.threadCounts = run.sizes("journal-threads");
        this.phase = Duration.ofSeconds(run.size("journal-seconds")).dividedBy(2 * ROUNDS);
        this.entries = run.size("journal-entries");
    }

    public void measure() throws Exception {
        Report report = run.report();
        checkpoints = Files.createTempDirectory("passerelle-bench-journal");
        try (Sql.Throwaway throwaway =
                Sql.Throwaway.create(run.adminUrl(), run.database("journal")).migrated()) {
            db = throwaway;
            sealer = new JournalSealer(keys, checkpoints);
            try (Connection connection = connect()) {
                // LIKE copies columns, defaults, constraints and indexes, never triggers.
                Sql.execute(
                        connection,
                        "create table journal_entry_plain (like journal_entry including all)",
                        "alter table journal_entry_plain drop column mac",
                        "create sequence journal_entry_plain_seq");
            }
            measureAppends(report);
            measureVerification(report);
        } finally {
            Stack.deleteTree(checkpoints);
        }
    }

    // ---------------------------------------------------------------- appends

    private void measureAppends(Report report) throws Exception {
        List<String> phases = new ArrayList<>();
        for (int threads : threadCounts) {
            List<JournalPhase> journalPhases = new ArrayList<>();
            List<Samples.Window> plainPhases = new ArrayList<>();
            List<String> order = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                JournalPhase journalFirst = journalPhase(threads);
                Samples.Window plainFirst = plainPhase(threads);
                Samples.Window plainSecond = plainPhase(threads);
                JournalPhase journalSecond = journalPhase(threads);
                journalPhases.addAll(List.of(journalFirst, journalSecond));
                plainPhases.addAll(List.of(plainFirst, plainSecond));
                order.add(Report.format(
                        "J %,.0f, P %,.0f, P %,.0f, J %,.0f",
                        journalFirst.window.perSecond(),
                        plainFirst.perSecond(),
                        plainSecond.perSecond(),
                        journalSecond.window.perSecond()));
            }
            Samples.Window journal = Samples.Window.pooled(
                    journalPhases.stream().map(JournalPhase::window).toList());
            Samples.Window plain = Samples.Window.pooled(plainPhases);
            String name = "P2 journal, " + threads + " threads, 1 entry/transaction: ";
            report.figure(Figure.against(
                            name + "chained appends / plain INSERTs",
                            Quantity.of(journal.perSecond(), "appends/s"),
                            Quantity.of(plain.perSecond(), "inserts/s"))
                    .withTarget(Target.valueAndRatioAtLeast(3_000, "/s", 0.80)));
            JournalPhase worst = journalPhases.stream()
                    .max(Comparator.comparingLong(JournalPhase::lag))
                    .orElseThrow();
            report.figure(Figure.of(name + "sealer lag when appends stop", Quantity.of(worst.lag, "entries")));
            report.figure(Figure.of(name + "sealer catch-up", Quantity.of(worst.catchUpSeconds, "s")));
            phases.add(Report.format(
                    "%d threads: %s per s; sealer lags %s entries, caught up in %s s, " + "busy %s of the time",
                    threads,
                    String.join(", ", order),
                    journalPhases.stream().map(p -> Report.format("%,d", p.lag)).toList(),
                    journalPhases.stream()
                            .map(p -> Report.format("%.2f", p.catchUpSeconds))
                            .toList(),
                    journalPhases.stream()
                            .map(p -> Report.format("%.0f%%", 100 * p.sealerBusy))
                            .toList()));
        }
        report.note("P2 appends, each phase in order (J journal, P plain): " + String.join("; ", phases));
    }

    /** @param sealerBusy the share of the time, from its start to the writers' stop, the sealer spent working */
    private record JournalPhase(Samples.Window window, long lag, double catchUpSeconds, double sealerBusy) {}

    private JournalPhase journalPhase(int threads) throws Exception {
        run.progress("%d threads appending to the journal, sealer running...", threads);
        analyse();
        BackgroundSealer background = new BackgroundSealer();
        Thread thread = new Thread(background, "journal-sealer");
        long started = System.nanoTime();
        thread.start();
        try (Connection monitor = connect()) {
            WriterRun writers = runWriters(threads, (connection, entry) -> writer.append(connection, entry));
            long stopped = System.nanoTime();
            double sealerBusy = background.busyNanos / (double) (stopped - started);
            long total = appended.addAndGet(writers.committed);
            long lag = total - chainLength(monitor);
            await("chain of all " + total + " entries")
                    .atMost(CATCH_UP_TIMEOUT)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        background.rethrow();
                        return chainLength(monitor) >= total;
                    });
            double catchUp = (System.nanoTime() - stopped) / 1e9;
            long chained = chainLength(monitor);
            if (chained != total) {
                throw new IllegalStateException("The chain holds " + chained + " positions for " + total + " entries");
            }
            return new JournalPhase(writers.window, lag, catchUp, sealerBusy);
        } finally {
            background.stop.countDown();
            thread.join();
            background.rethrow();
        }
    }

    private Samples.Window plainPhase(int threads) throws Exception {
        run.progress("%d threads inserting plain rows...", threads);
        analyse();
        return runWriters(threads, JournalBenchmark::insertPlain).window;
    }

    /** One row into journal_entry_plain, prepared each time as {@code JournalWriter} does (the driver caches it). */
    private static void insertPlain(Connection connection, JournalEntry entry) throws SQLException {
        Object[] values = {
            OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
            entry.userId(),
            entry.username(),
            entry.organisation(),
            String.join(",", entry.roles()),
            entry.action(),
            entry.personId(),
            entry.caseFileId(),
            entry.referralId(),
            String.join(",", entry.fields()),
            entry.cadre(),
            entry.purpose(),
            entry.outcome(),
            entry.reasonCode(),
            entry.requestId(),
            entry.clientAddress(),
            entry.breakGlass()
        };
        try (PreparedStatement insert = connection.prepareStatement(PLAIN_INSERT)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Write {
        void write(Connection connection, JournalEntry entry) throws SQLException;
    }

    /** @param committed every row committed, warm-up included */
    private record WriterRun(Samples.Window window, long committed) {}

    /** {@code threads} writers, one row per transaction: a warm-up, then the measured part of the phase. */
    private WriterRun runWriters(int threads, Write write) throws Exception {
        Workers.Timed timed = Workers.timed("journal-writer", threads, WARMUP, phase, (thread, resources) -> {
            Connection connection = connect();
            resources.add(connection);
            connection.setAutoCommit(false);
            return () -> {
                write.write(connection, generated.entry(nextEntry.getAndIncrement(), Instant.now()));
                connection.commit();
            };
        });
        return new WriterRun(timed.measured(), timed.total());
    }

    /** The server's sealing loop ({@code JournalSealing.work}) on a fixed delay, until stopped. */
    private final class BackgroundSealer implements Runnable {
        final CountDownLatch stop = new CountDownLatch(1);
        /** Time spent sealing and signing so far, updated after each batch. */
        volatile long busyNanos;

        private volatile Exception failure;

        @Override
        public void run() {
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                while (!stop.await(SEAL_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
                    int sealed;
                    do {
                        long start = System.nanoTime();
                        sealed = sealer.sealPending(connection, SEAL_BATCH);
                        connection.commit();
                        busyNanos += System.nanoTime() - start;
                    } while (sealed == SEAL_BATCH);
                    long now = System.nanoTime();
                    if (lastCheckpointNanos == Long.MIN_VALUE
                            || now - lastCheckpointNanos >= TimeUnit.SECONDS.toNanos(CHECKPOINT_SECONDS)) {
                        sealer.checkpoint(connection);
                        connection.commit();
                        lastCheckpointNanos = now;
                        busyNanos += System.nanoTime() - now;
                    }
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        void rethrow() {
            if (failure != null) {
                throw new IllegalStateException("The background sealer failed: " + failure, failure);
            }
        }
    }

    /**
     * Statistics before each phase, as autovacuum keeps them on a live database: a table created
     * a minute ago has none, and then the sealer's search for unsealed entries becomes a hash
     * anti-join over both whole tables.
     */
    private void analyse() throws SQLException {
        try (Connection db = connect()) {
            Sql.execute(db, "ANALYZE journal_entry, journal_seal, journal_entry_plain");
        }
    }

    // ---------------------------------------------------------------- verification

    private void measureVerification(Report report) throws Exception {
        run.progress(
                "appending %,d entries for the verification (%d threads, transactions of %,d)...",
                entries, LOAD_THREADS, LOAD_TRANSACTION);
        long start = System.nanoTime();
        bulkAppend();
        long loaded = System.nanoTime();
        long total = appended.get();
        try (Connection db = connect()) {
            run.progress("analysing, then sealing them in batches of %,d...", SEAL_BATCH);
            Sql.execute(db, "ANALYZE journal_entry, journal_seal");
            long analysed = System.nanoTime();
            Sealing sealing = sealAll();
            long sealedAt = System.nanoTime();
            db.setAutoCommit(false);
            if (sealer.checkpoint(db).isEmpty()) {
                throw new IllegalStateException("No checkpoint was signed over the sealed chain");
            }
            db.commit();
            db.setAutoCommit(true);
            if (chainLength(db) != total) {
                throw new IllegalStateException(
                        "The chain holds " + chainLength(db) + " positions for " + total + " entries");
            }
            run.progress("vacuuming...");
            Sql.execute(db, "VACUUM (ANALYZE) journal_entry, journal_seal");
            long vacuumed = System.nanoTime();
            String size = Sql.queryString(
                    db,
                    "select pg_size_pretty(pg_total_relation_size('journal_entry') "
                            + "+ pg_total_relation_size('journal_seal'))");

            run.progress("reading and verifying %,d entries (read, verify, verify, read)...", total);
            double readFirst = total / plainRead(db, total);
            double verifyFirst = total / verify(db, total);
            double verifySecond = total / verify(db, total);
            double readSecond = total / plainRead(db, total);
            // The rate of both runs: the count over their summed times.
            double verification = 2 / (1 / verifyFirst + 1 / verifySecond);
            double read = 2 / (1 / readFirst + 1 / readSecond);

            report.figure(Figure.of(
                    Report.format(
                            "P2 journal sealing of a backlog of %,d, batches of %,d", sealing.count(), SEAL_BATCH),
                    Quantity.of(sealing.perSecond(), "entries/s")));
            report.figure(Figure.against(
                    Report.format("P2 journal verification of %,d entries: JournalVerifier / plain read", total),
                    Quantity.of(verification, "entries/s"),
                    Quantity.of(read, "rows/s")));
            report.figure(Figure.of(
                            "P2 journal verification of 10,000,000 entries (extrapolated)",
                            Quantity.of(TEN_MILLION / verification / 60, "min"))
                    .withTarget(Target.valueAtMost(5, "min")));
            report.note(
                    "P2 verification data: %,d entries appended through "
                            + "JournalWriter by %d threads in transactions of %,d in %.0f s (%,.0f/s), after the "
                            + "%,d of the append phases; ANALYZE in %.1f s; sealed in %.0f s, the first tenth at "
                            + "%,.0f/s, the last at %,.0f/s; VACUUM ANALYZE in %.0f s; %s (journal_entry + "
                            + "journal_seal, indexes included)",
                    entries,
                    LOAD_THREADS,
                    LOAD_TRANSACTION,
                    (loaded - start) / 1e9,
                    entries / ((loaded - start) / 1e9),
                    total - entries,
                    (analysed - loaded) / 1e9,
                    (sealedAt - analysed) / 1e9,
                    sealing.firstTenth(),
                    sealing.lastTenth(),
                    (vacuumed - sealedAt) / 1e9,
                    size);
            report.note(
                    "P2 verification, in the order read, verify, verify, read: read %,.0f then %,.0f rows/s, verify "
                            + "%,.0f then %,.0f entries/s",
                    readFirst, readSecond, verifyFirst, verifySecond);
        }
    }

    /** {@code entries} more entries through the writer, {@value #LOAD_TRANSACTION} per transaction. */
    private void bulkAppend() throws Exception {
        int transactions = Math.ceilDiv(entries, LOAD_TRANSACTION);
        AtomicInteger nextTransaction = new AtomicInteger();
        Instant now = Instant.now();
        Workers.run("journal-loader", LOAD_THREADS, thread -> {
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                int transaction;
                while ((transaction = nextTransaction.getAndIncrement()) < transactions) {
                    int size = Math.min(LOAD_TRANSACTION, entries - transaction * LOAD_TRANSACTION);
                    for (int i = 0; i < size; i++) {
                        long n = (long) transaction * LOAD_TRANSACTION + i;
                        writer.append(
                                connection, generated.entry(nextEntry.getAndIncrement(), datedBack(now, n, entries)));
                    }
                    connection.commit();
                    long sum = appended.addAndGet(size);
                    if (sum / 100_000 != (sum - size) / 100_000) {
                        run.progress("  %,d appended in all", sum);
                    }
                }
            }
        });
    }

    /**
     * When entry {@code n} (0 to {@code count} - 1) of the verification's happened: evenly over
     * {@link #LOAD_SPAN}, the last {@link #LOAD_END_BEFORE_RUN} before {@code run}.
     */
    static Instant datedBack(Instant run, long n, long count) {
        return run.minus(LOAD_END_BEFORE_RUN).minusNanos(LOAD_SPAN.toNanos() / count * (count - n));
    }

    /** A backlog sealed: entries per second overall, over its first tenth and over its last. */
    private record Sealing(long count, double perSecond, double firstTenth, double lastTenth) {}

    /** Seals everything pending as the server catches up: batches of {@value #SEAL_BATCH}, a commit after each. */
    private Sealing sealAll() throws SQLException {
        long start = System.nanoTime();
        List<long[]> readings = new ArrayList<>(List.of(new long[] {0, start})); // sealed so far, when
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            int sealed;
            do {
                sealed = sealer.sealPending(connection, SEAL_BATCH);
                connection.commit();
                readings.add(new long[] {readings.getLast()[0] + sealed, System.nanoTime()});
            } while (sealed > 0);
        }
        long[] end = readings.getLast();
        long total = end[0];
        long[] tenth = readings.stream()
                .filter(r -> r[0] >= Math.ceil(total * 0.1))
                .findFirst()
                .orElse(end);
        long[] ninth = readings.reversed().stream()
                .filter(r -> r[0] <= Math.floor(total * 0.9))
                .findFirst()
                .orElseThrow();
        return new Sealing(
                total,
                total * 1e9 / (end[1] - start),
                tenth[0] * 1e9 / (tenth[1] - start),
                (total - ninth[0]) * 1e9 / (end[1] - ninth[1]));
    }

    /** The verification's time in seconds; it must verify the whole chain. */
    private double verify(Connection db, long chain) throws SQLException {
        long start = System.nanoTime();
        Verification verification = new JournalVerifier(keys, checkpoints).verify(db);
        long end = System.nanoTime();
        if (!verification.ok() || verification.entriesVerified() != chain || verification.unsealedOld() != 0) {
            throw new IllegalStateException("The journal does not verify over " + chain + " entries: " + verification);
        }
        return (end - start) / 1e9;
    }

    /** The verifier's query streamed the same way, every column read, nothing computed. */
    private static double plainRead(Connection db, long chain) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        long checksum = 0;
        db.setAutoCommit(false);
        try (PreparedStatement select = db.prepareStatement(JournalVerifier.CHAIN)) {
            select.setFetchSize(JournalVerifier.FETCH_SIZE);
            select.setLong(1, 1);
            select.setLong(2, Long.MAX_VALUE);
            try (ResultSet row = select.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    for (int c = 1; c <= columns; c++) {
                        checksum += Objects.hashCode(row.getObject(c));
                    }
                    rows++;
                }
            }
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
        if (rows != chain || checksum == 0) {
            throw new IllegalStateException("The plain read saw " + rows + " rows instead of " + chain);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Connection connect() throws SQLException {
        return db.connect();
    }

    private static long chainLength(Connection connection) throws SQLException {
        return Sql.queryLong(connection, "select coalesce(max(position), 0) from journal_seal");
    }
}
