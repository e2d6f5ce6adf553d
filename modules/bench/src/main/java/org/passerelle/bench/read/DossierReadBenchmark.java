package org.passerelle.bench.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.passerelle.bench.Run;
import org.passerelle.bench.load.CpuTimes;
import org.passerelle.bench.load.LoadGenerator;
import org.passerelle.bench.load.Samples;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.LineChart;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.bench.seed.StackData;
import org.passerelle.testing.HttpConnection;
import org.passerelle.testing.Stack;

/** P1, the secured read over HTTP against a plaintext JPA read of the same row (modules/bench/README.md). */
public final class DossierReadBenchmark {

    static final String NAME = "P1 dossier read (usager, 10 fields), secured / plaintext";
    private static final Duration PHASE_WARMUP = Duration.ofSeconds(2);
    private static final Duration WARMUP = Duration.ofSeconds(10);
    private static final Duration PROFILED = Duration.ofSeconds(20);
    private static final int OPEN_LOOP_CONNECTIONS = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A kind of read: {@code secured} or {@code plaintext}, and its requests. */
    record Kind(String label, LoadGenerator.Requests requests) {}

    /** One measured phase: a kind at a concurrency (closed loop) or at a rate (open loop). */
    record Point(
            Kind kind,
            String loop,
            int users,
            double offeredPerSecond,
            Samples.Window window,
            CpuTimes cpu,
            int requests) {

        double cpuMillisPerRequest(long nanos) {
            return requests == 0 ? Double.NaN : nanos / 1e6 / requests;
        }
    }

    private final Run run;
    private final Stack stack;
    private final List<Integer> concurrency;
    private final Duration measured;

    public DossierReadBenchmark(Run run) {
        this.run = run;
        this.stack = run.stack();
        this.concurrency = run.sizes("read-users");
        this.measured = Duration.ofSeconds(run.size("read-seconds"));
    }

    public void measure() throws Exception {
        Report report = run.report();
        List<UUID> pool = run.data().readPool();
        Kind secured = new Kind("secured", securedReads(stack, pool));
        Kind plain = new Kind("plaintext", reads(stack, pool, "/bench-baseline/persons/"));

        checkSameAnswers(pool);
        run.progress("warming up both reads (%d s)...", 3 * WARMUP.toSeconds());
        for (Duration warmup : List.of(WARMUP, WARMUP.dividedBy(2))) {
            closed(secured, 8, warmup);
            closed(plain, 8, warmup);
        }
        List<Point> points = new ArrayList<>();
        for (int level = 0; level < concurrency.size(); level++) {
            int users = concurrency.get(level);
            for (Kind kind : level % 2 == 0 ? List.of(secured, plain) : List.of(plain, secured)) {
                Point point = closed(kind, users, PHASE_WARMUP.plus(measured));
                points.add(point);
                run.progress(
                        "%-9s %2d users: %,7.0f reads/s, p50 %.2f ms, p99 %.2f ms",
                        kind.label(),
                        users,
                        point.window().perSecond(),
                        point.window().millis(0.50),
                        point.window().millis(0.99));
            }
        }
        Point saturated = peak(points, secured);
        Point plainThere = find(points, plain, saturated.users());
        Point plainPeak = peak(points, plain);

        if (run.options().profile()) { // each kind recorded for 20 s with JFR at saturation, and summarised
            profile(report, secured, saturated.users());
            profile(report, plain, saturated.users());
        }

        double halfRate = saturated.window().perSecond() / 2;
        run.progress("open loop at half of saturation, %,.0f reads/s...", halfRate);
        List<Point> half = new ArrayList<>();
        for (Kind kind : List.of(secured, plain, plain, secured)) {
            half.add(open(kind, halfRate, PHASE_WARMUP.plus(measured)));
        }
        Samples.Window securedHalf = pooled(half, secured);
        Samples.Window plainHalf = pooled(half, plain);
        for (Point point : Stream.concat(points.stream(), half.stream()).toList()) {
            if (point.window().errors() > 0) {
                throw new IllegalStateException(point.window().errors() + " failed requests ("
                        + point.kind().label() + ", " + point.loop() + ", " + point.users() + "): see the server log");
            }
        }

        report.figure(Figure.against(
                        NAME + ": throughput at saturation (" + saturated.users() + " users)",
                        Quantity.of(saturated.window().perSecond(), "reads/s"),
                        Quantity.of(plainThere.window().perSecond(), "reads/s"))
                .withTarget(Target.ratioAtLeast(0.70)));
        report.figure(Figure.latency(
                NAME + ": p99 at saturation (" + saturated.users() + " users)",
                0.99,
                saturated.window().latencies(),
                plainThere.window().latencies()));
        String at = Report.format(" at half of saturation (%,.0f reads/s)", halfRate);
        report.figure(Figure.latency(NAME + ": p50" + at, 0.50, securedHalf.latencies(), plainHalf.latencies()));
        report.figure(Figure.latency(NAME + ": p99" + at, 0.99, securedHalf.latencies(), plainHalf.latencies())
                .withTarget(Target.addedAtMost(3, "ms")));

        writeCsv(report, points, half);
        drawCharts(report, points, List.of(secured, plain));
        report.note(
                "P1: peak plaintext throughput %,.0f reads/s at %d users (secured %.2f "
                        + "of it); CPU per read at saturation, secured / plaintext: WildFly %.2f / %.2f ms, PostgreSQL "
                        + "%.2f / %.2f ms, load generator %.2f / %.2f ms; machine busy %.0f%% / %.0f%%",
                plainPeak.window().perSecond(),
                plainPeak.users(),
                saturated.window().perSecond() / plainPeak.window().perSecond(),
                saturated.cpuMillisPerRequest(saturated.cpu().serverNanos()),
                plainThere.cpuMillisPerRequest(plainThere.cpu().serverNanos()),
                saturated.cpuMillisPerRequest(saturated.cpu().postgresNanos()),
                plainThere.cpuMillisPerRequest(plainThere.cpu().postgresNanos()),
                saturated.cpuMillisPerRequest(saturated.cpu().benchNanos()),
                plainThere.cpuMillisPerRequest(plainThere.cpu().benchNanos()),
                100 * saturated.cpu().machineLoad(),
                100 * plainThere.cpu().machineLoad());
        report.note(
                "P1 at half of saturation, secured / plaintext: %,.0f / %,.0f reads/s served, p95 %.2f / %.2f ms",
                securedHalf.perSecond(), plainHalf.perSecond(), securedHalf.millis(0.95), plainHalf.millis(0.95));
    }

    /** The secured read of a random usager of {@code pool} with the agent's token (P1, and P6's reads). */
    public static LoadGenerator.Requests securedReads(Stack stack, List<UUID> pool) {
        return reads(
                stack,
                pool,
                "/api/v1/persons/",
                "Authorization: Bearer " + stack.tokens().user(StackData.AGENT));
    }

    private static LoadGenerator.Requests reads(Stack stack, List<UUID> pool, String path, String... headers) {
        String host = stack.ports().api().getAuthority();
        String[] paths = pool.stream().map(id -> path + id).toArray(String[]::new);
        return random -> HttpConnection.get(host, paths[random.nextInt(paths.length)], headers);
    }

    /** A closed loop at {@code users} under JFR; its summary goes to the output folder and the notes. */
    private void profile(Report report, Kind kind, int users) throws Exception {
        ProcessHandle jvm = stack.wildflyJvm().orElseThrow(() -> new IllegalStateException("no WildFly JVM found"));
        run.progress("%s reads at %d users for %d s under JFR...", kind.label(), users, PROFILED.toSeconds());
        Profiler profiler = Profiler.start(jvm, report.outputDir().resolve("p1-" + kind.label() + ".jfr"));
        Point point = closed(kind, users, PROFILED);
        Map<String, Double> shares = profiler.stop(
                report.dataFile("p1-profile-" + kind.label() + ".txt"),
                Report.format(
                        "P1 %s read, %d users, %,.0f reads/s while recorded",
                        kind.label(), users, point.window().perSecond()));
        report.note(
                "P1 profile of WildFly, %s read at %d users (JFR, share of samples "
                        + "whose stack holds each part, inclusive): %s",
                kind.label(), users, Profiler.largest(shares, 0.03));
    }

    /** Both endpoints answer the same JSON for the same usager, every field present: else nothing compares. */
    private void checkSameAnswers(List<UUID> pool) throws IOException {
        try (HttpConnection connection =
                new HttpConnection(LoadGenerator.HOST, stack.ports().http())) {
            for (UUID id : List.of(pool.getFirst(), pool.get(pool.size() / 2), pool.getLast())) {
                HttpConnection.Response secured = connection.exchange(HttpConnection.get(
                        stack.ports().api().getAuthority(),
                        "/api/v1/persons/" + id,
                        "Authorization: Bearer " + stack.tokens().user(StackData.AGENT)));
                HttpConnection.Response plain = connection.exchange(
                        HttpConnection.get(stack.ports().api().getAuthority(), "/bench-baseline/persons/" + id));
                if (secured.status() != 200 || plain.status() != 200) {
                    throw new IllegalStateException("reading usager " + id + ": secured HTTP " + secured.status() + " "
                            + secured.text() + ", plaintext HTTP " + plain.status() + " " + plain.text());
                }
                JsonNode securedBody = JSON.readTree(secured.body());
                JsonNode plainBody = JSON.readTree(plain.body());
                if (!securedBody.equals(plainBody)) {
                    throw new IllegalStateException("the two reads of usager " + id + " differ:\n  secured   "
                            + fieldNames(securedBody) + "\n  plaintext " + fieldNames(plainBody));
                }
                if (securedBody.size() != 12) {
                    throw new IllegalStateException("the secured read of usager " + id + " shows "
                            + fieldNames(securedBody) + ": expected id, accessible and the ten fields");
                }
            }
        }
    }

    /** The names only: the values are fictitious, but a message is no place for them. */
    private static String fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private Point closed(Kind kind, int users, Duration duration) throws Exception {
        return phase(
                kind,
                "closed",
                users,
                Double.NaN,
                duration,
                () -> LoadGenerator.closedLoop(stack.ports().http(), users, duration, kind.requests()));
    }

    private Point open(Kind kind, double rate, Duration duration) throws Exception {
        Point point = phase(
                kind,
                "open",
                OPEN_LOOP_CONNECTIONS,
                rate,
                duration,
                () -> LoadGenerator.openLoop(
                        stack.ports().http(), rate, OPEN_LOOP_CONNECTIONS, duration, kind.requests()));
        run.progress(
                "%-9s at %,.0f reads/s: p50 %.2f ms, p99 %.2f ms",
                kind.label(), rate, point.window().millis(0.50), point.window().millis(0.99));
        return point;
    }

    /** A loop's samples after its warm-up, with the CPU it cost. */
    private Point phase(Kind kind, String loop, int users, double rate, Duration duration, Callable<Samples> load)
            throws Exception {
        CpuTimes before = CpuTimes.now(stack.wildflyJvm());
        long start = System.nanoTime();
        Samples samples = load.call();
        CpuTimes cpu = CpuTimes.now(stack.wildflyJvm()).since(before);
        Samples.Window window = samples.between(start + PHASE_WARMUP.toNanos(), start + duration.toNanos());
        return new Point(kind, loop, users, rate, window, cpu, samples.size());
    }

    /** The measured parts of a kind's open-loop phases as one window (their latencies pooled). */
    private static Samples.Window pooled(List<Point> points, Kind kind) {
        return Samples.Window.pooled(
                points.stream().filter(p -> p.kind() == kind).map(Point::window).toList());
    }

    /** The kind's point of highest throughput. */
    private static Point peak(List<Point> points, Kind kind) {
        return points.stream()
                .filter(p -> p.kind() == kind)
                .max(Comparator.comparingDouble(p -> p.window().perSecond()))
                .orElseThrow();
    }

    private static Point find(List<Point> points, Kind kind, int users) {
        return points.stream()
                .filter(p -> p.kind() == kind && p.users() == users)
                .findFirst()
                .orElseThrow();
    }

    private void writeCsv(Report report, List<Point> closed, List<Point> open) throws IOException {
        report.csv(
                "p1-dossier-read.csv",
                "kind,loop,users,offered_per_s,reads_per_s,p50_ms,p95_ms,p99_ms,reads,errors,"
                        + "wildfly_cpu_ms_per_read,postgres_cpu_ms_per_read,generator_cpu_ms_per_read,machine_busy",
                Stream.concat(closed.stream(), open.stream())
                        .map(p -> Report.format(
                                "%s,%s,%d,%s,%.1f,%.3f,%.3f,%.3f,%d,%d,%.3f,%.3f,%.3f,%.3f",
                                p.kind().label(),
                                p.loop(),
                                p.users(),
                                Double.isNaN(p.offeredPerSecond()) ? "" : Report.format("%.1f", p.offeredPerSecond()),
                                p.window().perSecond(),
                                p.window().millis(0.50),
                                p.window().millis(0.95),
                                p.window().millis(0.99),
                                p.window().completed(),
                                p.window().errors(),
                                p.cpuMillisPerRequest(p.cpu().serverNanos()),
                                p.cpuMillisPerRequest(p.cpu().postgresNanos()),
                                p.cpuMillisPerRequest(p.cpu().benchNanos()),
                                p.cpu().machineLoad()))
                        .toList());
    }

    private void drawCharts(Report report, List<Point> points, List<Kind> kinds) throws IOException {
        double[] users = concurrency.stream().mapToDouble(Integer::doubleValue).toArray();
        LineChart throughput = new LineChart(
                "P1 dossier read: throughput against concurrency",
                "concurrent users (closed loop)",
                "reads per second",
                true);
        LineChart latency = new LineChart(
                "P1 dossier read: latency against concurrency", "concurrent users (closed loop)", "latency (ms)", true);
        for (int k = 0; k < kinds.size(); k++) {
            Kind kind = kinds.get(k);
            List<Samples.Window> windows = concurrency.stream()
                    .map(n -> find(points, kind, n).window())
                    .toList();
            throughput.series(
                    kind.label() + (k == 0 ? " (GET /api/v1/persons/{id})" : " (JPA read, no security)"),
                    users,
                    windows.stream().mapToDouble(Samples.Window::perSecond).toArray());
            for (double p : List.of(0.50, 0.99)) {
                double[] latencies =
                        windows.stream().mapToDouble(w -> w.millis(p)).toArray();
                latency.series(Report.format("%s p%.0f", kind.label(), 100 * p), users, latencies, k, p > 0.5);
            }
        }
        throughput.writePng(report.chart(
                "P1: reads per second against concurrent users, secured and plaintext", "p1-throughput.png"));
        latency.writePng(report.chart(
                "P1: p50 and p99 latency against concurrent users, secured and plaintext", "p1-latency.png"));
    }
}
