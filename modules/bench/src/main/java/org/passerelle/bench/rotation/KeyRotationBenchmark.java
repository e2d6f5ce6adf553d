package org.passerelle.bench.rotation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.passerelle.bench.Run;
import org.passerelle.bench.db.Sql;
import org.passerelle.bench.load.CpuTimes;
import org.passerelle.bench.load.LoadGenerator;
import org.passerelle.bench.load.Samples;
import org.passerelle.bench.read.DossierReadBenchmark;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.LineChart;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;
import org.passerelle.testing.PasserelleClient;
import org.passerelle.testing.Stack;
import org.passerelle.testing.Tokens;

/** P6, a key rotation online with reads running (modules/bench/README.md). */
public final class KeyRotationBenchmark {

    static final String ADMIN = "admin.passerelle";
    static final String NAME = "P6 key rotation";
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration BUCKET = Duration.ofSeconds(10);
    private static final Duration WARMUP = Duration.ofSeconds(3);
    private static final int CONNECTIONS = 16;

    /** A reading of the rotation's progress, at {@code nanos}. */
    record Progress(long nanos, long done, long total, String status) {

        /** From the rotation's state as the API gives it. */
        static Progress of(long nanos, JsonNode rotation) {
            return new Progress(
                    nanos,
                    rotation.path("doneRows").asLong(),
                    rotation.path("totalRows").asLong(),
                    rotation.path("status").asText());
        }
    }

    private final Run run;
    private final double readRate;
    private final Duration before;
    private final Duration limit;

    public KeyRotationBenchmark(Run run) {
        this.run = run;
        this.readRate = run.size("rotation-read-rate");
        this.before = Duration.ofSeconds(run.size("rotation-before-seconds"));
        this.limit = Duration.ofMinutes(run.size("rotation-max-minutes"));
    }

    public void measure() throws Exception {
        Stack stack = run.stack();
        StackData.Seeded data = run.data();
        Report report = run.report();
        Tokens tokens = stack.tokens();
        LoadGenerator.Requests reads = DossierReadBenchmark.securedReads(stack, data.readPool());
        tokens.user(ADMIN);

        run.progress(
                "reads at %,.0f/s for %d s before the rotation...",
                readRate, WARMUP.plus(before).toSeconds());
        AtomicBoolean stop = new AtomicBoolean();
        long readsStart = System.nanoTime();
        FutureTask<Samples> load = new FutureTask<>(() ->
                LoadGenerator.openLoop(stack.ports().http(), readRate, CONNECTIONS, readsStart, stop::get, reads));
        Thread.ofPlatform().name("rotation-reads").start(load);
        List<Progress> timeline = new ArrayList<>();
        CpuTimes cpuBefore;
        CpuTimes cpuDuring;
        long started;
        long ended;
        JsonNode last;
        try (PasserelleClient client = new PasserelleClient(stack.ports().api(), tokens)) {
            Thread.sleep(WARMUP.plus(before).toMillis());
            cpuBefore = CpuTimes.now(stack.wildflyJvm());
            started = System.nanoTime();
            JsonNode rotation =
                    client.call(ADMIN, "POST", "/key-rotations", Map.of("organisation", StackData.ORGANISATION), 202);
            String id = rotation.path("id").asText();
            run.progress(
                    "rotating %,d rows (usagers, dossiers and their history)...",
                    rotation.path("totalRows").asLong());
            long deadline = started + limit.toNanos();
            last = rotation;
            timeline.add(Progress.of(started, rotation));
            long lastPrinted = started;
            while (!"COMPLETED".equals(last.path("status").asText()) && System.nanoTime() < deadline) {
                if (load.isDone()) {
                    throw new IllegalStateException("the reads stopped during the rotation: " + load.get());
                }
                Thread.sleep(POLL.toMillis());
                last = client.call(ADMIN, "GET", "/key-rotations/" + id, null, 200);
                long now = System.nanoTime();
                timeline.add(Progress.of(now, last));
                if (now - lastPrinted >= Duration.ofSeconds(30).toNanos()) {
                    lastPrinted = now;
                    run.progress(
                            "%,d of %,d rows after %.0f s",
                            last.path("doneRows").asLong(),
                            last.path("totalRows").asLong(),
                            (now - started) / 1e9);
                }
            }
            ended = System.nanoTime();
            cpuDuring = CpuTimes.now(stack.wildflyJvm()).since(cpuBefore);
        } finally {
            stop.set(true);
        }
        Samples samples = load.get();
        Samples.Window readsBefore = samples.between(readsStart + WARMUP.toNanos(), started);
        Samples.Window readsDuring = samples.between(started, ended);
        boolean completed = "COMPLETED".equals(last.path("status").asText());
        long total = last.path("totalRows").asLong();
        long done = last.path("doneRows").asLong();
        double seconds = completed
                ? Duration.between(
                                        Instant.parse(last.path("startedAt").asText()),
                                        Instant.parse(last.path("completedAt").asText()))
                                .toMillis()
                        / 1000.0
                : extrapolatedSeconds(timeline);
        long leftBehind = rowsBelowNewVersion(stack, last.path("targetVersion").asInt());
        String batchPlan = batchPlan(stack, last.path("targetVersion").asInt());

        String rows = Report.format("%,d usagers (%,d rows with history and dossiers)", data.persons(), total);
        report.figure(Figure.of(
                        NAME + " of " + rows + ", reads running: time"
                                + (completed
                                        ? ""
                                        : Report.format(
                                                " (unfinished, %.0f%% done at %d min: extrapolated, a lower bound)",
                                                100.0 * done / total, limit.toMinutes())),
                        Quantity.of(seconds / 60, "min"))
                .withTarget(Target.valueAtMost(10, "min")));
        int errors = readsDuring.errors() + readsBefore.errors();
        report.figure(Figure.against(
                        NAME + ", reads during / before: throughput at "
                                + Report.format("%,.0f reads/s offered", readRate),
                        Quantity.of(readsDuring.perSecond(), "reads/s"),
                        Quantity.of(readsBefore.perSecond(), "reads/s"))
                .withTarget(new Target("ratio >= 0.95, none failed", f -> f.ratio() >= 0.95 && errors == 0)));
        for (int p : List.of(50, 95, 99)) {
            Figure latency = Figure.latency(
                    NAME + ", reads during / before: p" + p,
                    p / 100.0,
                    readsDuring.latencies(),
                    readsBefore.latencies());
            report.figure(p == 95 ? latency.withTarget(Target.ratioAtMost(2.0)) : latency);
        }

        report.note(
                "P6: POST /api/v1/key-rotations as %s, the server's defaults (batches "
                        + "of 500 rows per transaction, no pause); %s; %s, %,d rows/s on average; %,d rows left "
                        + "below the new key version afterwards. Reads: open loop at %,.0f/s (the secured read of P1, "
                        + "%d connections), %d s before the rotation (after %d s of warm-up) then during it; "
                        + "%d failed before, %d during. During the rotation WildFly used %.0f%% of a core, "
                        + "PostgreSQL %.0f%%, the machine was %.0f%% busy",
                ADMIN,
                rows,
                completed
                        ? Report.format("completed in %.0f s (server's own start and end)", seconds)
                        : Report.format(
                                "%,d of %,d rows done when stopped after %d min", done, total, limit.toMinutes()),
                Math.round(done / Math.max(1e-9, (completed ? seconds : (ended - started) / 1e9))),
                leftBehind,
                readRate,
                CONNECTIONS,
                before.toSeconds(),
                WARMUP.toSeconds(),
                readsBefore.errors(),
                readsDuring.errors(),
                100.0 * cpuDuring.serverNanos() / cpuDuring.wallNanos(),
                100.0 * cpuDuring.postgresNanos() / cpuDuring.wallNanos(),
                100 * cpuDuring.machineLoad());
        report.note("P6: how a rotation batch finds its rows (SqlSealedRowStore's query on person without FOR UPDATE, "
                + "EXPLAIN ANALYZE after the measurement): " + batchPlan);
        if (samples.firstError() != null) {
            report.note("P6: first failed read: " + samples.firstError());
        }
        writeTimeline(report, samples, timeline, readsStart + WARMUP.toNanos(), started, ended);
    }

    /** The time the whole rotation would take at the rate of its last third. */
    static double extrapolatedSeconds(List<Progress> timeline) {
        Progress first = timeline.getFirst();
        Progress last = timeline.getLast();
        if (last.done() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        Progress from = first;
        for (Progress p : timeline) {
            if (p.nanos() - first.nanos() <= (last.nanos() - first.nanos()) * 2 / 3) {
                from = p;
            }
        }
        double rate = (last.done() - from.done()) / ((last.nanos() - from.nanos()) / 1e9);
        double elapsed = (last.nanos() - first.nanos()) / 1e9;
        return rate <= 0 ? Double.POSITIVE_INFINITY : elapsed + (last.total() - last.done()) / rate;
    }

    private static long rowsBelowNewVersion(Stack stack, int version) throws Exception {
        long count = 0;
        try (Connection db = stack.superuserConnection()) {
            for (String table : List.of("person", "person_aud", "case_file", "case_file_aud")) {
                count += Sql.queryLong(db, "SELECT count(*) FROM " + table + " WHERE key_version < " + version);
            }
        }
        return count;
    }

    /**
     * The plan and cost of the rotation's search for rows left in {@code person} (its query, without
     * {@code FOR UPDATE}), once the rotation is done or stopped: every batch of the tables after it
     * pays this search first, and each batch in it a part of it.
     */
    private static String batchPlan(Stack stack, int version) throws Exception {
        try (Connection db = stack.superuserConnection()) {
            return Sql.queryStrings(
                            db,
                            "EXPLAIN (ANALYZE, BUFFERS) SELECT id, key_version, "
                                    + String.join(", ", StackData.PERSON_SEALED)
                                    + " FROM person WHERE organisation_code = ? AND key_version < ?"
                                    + " ORDER BY key_version, id LIMIT 500",
                            StackData.ORGANISATION,
                            version)
                    .stream()
                    .map(String::strip)
                    .filter(line -> Stream.of("->", "Limit", "Rows Removed", "Filter", "Execution Time")
                            .anyMatch(line::startsWith))
                    .map(line -> line.replaceFirst("^-> *", ""))
                    .collect(Collectors.joining("; "));
        }
    }
    /** Per bucket of time: rows rotated, reads served and their latency, from before the rotation to its end. */
    private void writeTimeline(
            Report report, Samples samples, List<Progress> timeline, long from, long started, long ended)
            throws IOException {
        // Buckets aligned on the rotation's start, each point at the middle of its bucket.
        List<double[]> rows = new ArrayList<>();
        long bucket = BUCKET.toNanos();
        long first = started - ((started - from) / bucket) * bucket;
        for (long t = first; t < ended; t += bucket) {
            long to = Math.min(t + bucket, ended);
            if (to - t < bucket / 2) {
                break;
            }
            Samples.Window w = samples.between(t, to);
            rows.add(new double[] {
                ((t + to) / 2.0 - started) / 1e9,
                doneAt(timeline, to, started),
                w.perSecond(),
                w.millis(0.50),
                w.millis(0.95),
                w.millis(0.99),
                w.errors()
            });
        }
        report.csv(
                "p6-rotation.csv",
                "bucket_middle_seconds_since_rotation_start,rows_done_at_bucket_end,reads_per_s,p50_ms,p95_ms,p99_ms,failed_reads",
                rows.stream()
                        .map(r -> Report.format(
                                "%.1f,%.0f,%.1f,%.3f,%.3f,%.3f,%.0f", r[0], r[1], r[2], r[3], r[4], r[5], r[6]))
                        .toList());
        double[] xs = rows.stream().mapToDouble(r -> r[0]).toArray();
        new LineChart(
                        "P6: read latency before and during the key rotation (started at 0 s)",
                        "seconds since the rotation started (" + BUCKET.toSeconds() + " s buckets)",
                        "latency (ms)",
                        false)
                .series("p50", xs, rows.stream().mapToDouble(r -> r[3]).toArray())
                .series("p95", xs, rows.stream().mapToDouble(r -> r[4]).toArray())
                .series("p99", xs, rows.stream().mapToDouble(r -> r[5]).toArray(), 2, true)
                .writePng(report.chart(
                        "P6: read latency per " + BUCKET.toSeconds() + " s before and during the key rotation",
                        "p6-rotation-reads.png"));
    }

    /** Rows done at {@code nanos}, linearly between polls; 0 before the start. */
    private static double doneAt(List<Progress> timeline, long nanos, long started) {
        if (nanos <= started) {
            return 0;
        }
        Progress previous = timeline.getFirst();
        for (Progress p : timeline) {
            if (p.nanos() >= nanos) {
                double share = (nanos - previous.nanos()) / (double) Math.max(1, p.nanos() - previous.nanos());
                return previous.done() + share * (p.done() - previous.done());
            }
            previous = p;
        }
        return previous.done();
    }
}
