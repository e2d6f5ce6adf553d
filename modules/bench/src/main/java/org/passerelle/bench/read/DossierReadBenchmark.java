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
import org.passerelle.testing.Tokens;

/**
 * P1, a secured read over HTTP against a plaintext JPA read of the same row, on the benchmark's
 * stack (issue #8: at least 70% of the plaintext throughput at saturation; at most 3 ms more p99 at
 * half of saturation). Secured: {@code GET /api/v1/persons/{id}} of the EAR with the demo référent's
 * token (caller, policy, ten fields decrypted, one journal entry). Plaintext: {@code GET
 * /bench-baseline/persons/{id}} of the baseline WAR beside it, the same JSON, no token; both answers
 * are checked identical first. A closed loop at each concurrency, then an open loop at half of the
 * secured peak; each request reads a random usager of the read pool.
 */
public final class DossierReadBenchmark {

    static final String NAME = "P1 dossier read (usager, 10 fields), secured / plaintext";
    private static final Duration PHASE_WARMUP = Duration.ofSeconds(2);
    private static final Duration WARMUP = Duration.ofSeconds(10);
    private static final int OPEN_LOOP_CONNECTIONS = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        SECURED("secured"),
        PLAINTEXT("plaintext");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

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

    private static final Duration PROFILED = Duration.ofSeconds(20);

    private final Run run;
    private final List<Integer> concurrency;
    private final Duration measured;

    public DossierReadBenchmark(Run run) {
        this.run = run;
        this.concurrency = run.sizes("read-users");
        this.measured = Duration.ofSeconds(run.size("read-seconds"));
    }

    public void measure() throws Exception {
        Stack stack = run.stack();
        StackData.Seeded data = run.data();
        Report report = run.report();
        Tokens agent = stack.tokens();
        List<UUID> pool = data.readPool();
        String host = stack.ports().api().getAuthority();
        LoadGenerator.Requests secured = securedReads(stack, pool, agent);
        String[] plainPaths =
                pool.stream().map(id -> "/bench-baseline/persons/" + id).toArray(String[]::new);
        LoadGenerator.Requests plain =
                random -> HttpConnection.get(host, plainPaths[random.nextInt(plainPaths.length)]);

        checkSameAnswers(stack, agent, pool);
        progress("warming up both reads (%d s)...", 3 * WARMUP.toSeconds());
        closed(stack, Kind.SECURED, secured, 8, WARMUP);
        closed(stack, Kind.PLAINTEXT, plain, 8, WARMUP);
        closed(stack, Kind.SECURED, secured, 8, WARMUP.dividedBy(2));
        closed(stack, Kind.PLAINTEXT, plain, 8, WARMUP.dividedBy(2));

        List<Point> points = new ArrayList<>();
        for (int level = 0; level < concurrency.size(); level++) {
            int users = concurrency.get(level);
            boolean securedFirst = level % 2 == 0;
            for (Kind kind :
                    securedFirst ? List.of(Kind.SECURED, Kind.PLAINTEXT) : List.of(Kind.PLAINTEXT, Kind.SECURED)) {
                Point point =
                        closed(stack, kind, kind == Kind.SECURED ? secured : plain, users, PHASE_WARMUP.plus(measured));
                points.add(point);
                progress(
                        "%-9s %2d users: %,7.0f reads/s, p50 %.2f ms, p99 %.2f ms",
                        kind.label,
                        users,
                        point.window().perSecond(),
                        point.window().millis(0.50),
                        point.window().millis(0.99));
            }
        }
        Point saturated = points.stream()
                .filter(p -> p.kind() == Kind.SECURED)
                .max(Comparator.comparingDouble(p -> p.window().perSecond()))
                .orElseThrow();
        Point plainThere = find(points, Kind.PLAINTEXT, saturated.users());
        Point plainPeak = points.stream()
                .filter(p -> p.kind() == Kind.PLAINTEXT)
                .max(Comparator.comparingDouble(p -> p.window().perSecond()))
                .orElseThrow();

        if (run.options().profile()) { // each kind recorded for 20 s with JFR at saturation, and summarised
            profile(stack, report, Kind.SECURED, secured, saturated.users());
            profile(stack, report, Kind.PLAINTEXT, plain, saturated.users());
        }

        double halfRate = saturated.window().perSecond() / 2;
        progress("open loop at half of saturation, %,.0f reads/s...", halfRate);
        List<Point> half = new ArrayList<>();
        for (Kind kind : List.of(Kind.SECURED, Kind.PLAINTEXT, Kind.PLAINTEXT, Kind.SECURED)) {
            half.add(open(stack, kind, kind == Kind.SECURED ? secured : plain, halfRate, PHASE_WARMUP.plus(measured)));
        }
        Samples.Window securedHalf = mergedWindow(half, Kind.SECURED);
        Samples.Window plainHalf = mergedWindow(half, Kind.PLAINTEXT);
        for (Point point : Stream.concat(points.stream(), half.stream()).toList()) {
            if (point.window().errors() > 0) {
                throw new IllegalStateException(point.window().errors() + " failed requests (" + point.kind().label
                        + ", " + point.loop() + ", " + point.users() + "): see the server log");
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
        drawCharts(report, points);
        report.note(
                "P1: closed loop at %s users, each phase %d s warm-up + %d s measured, "
                        + "the order of the kinds alternating by level, after %d s of warm-up; then an open loop "
                        + "(requests due at a fixed rate, latency counted from when each was due) at half of the "
                        + "secured read's peak, %d s per phase, twice per kind. Each request reads one of %,d usagers "
                        + "(spread among %,d), each with an open dossier whose référent is %s; secured = GET "
                        + "/api/v1/persons/{id} with %s's bearer token (10 fields decrypted, NIR masked, one journal "
                        + "entry), plaintext = GET /bench-baseline/persons/{id} (JPA find of the same values in "
                        + "bench_plain_person, same JSON, no token); both answers checked identical first",
                concurrency,
                PHASE_WARMUP.toSeconds(),
                measured.toSeconds(),
                3 * WARMUP.toSeconds(),
                PHASE_WARMUP.plus(measured).toSeconds(),
                pool.size(),
                data.persons(),
                StackData.AGENT,
                StackData.AGENT);
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
                "P1 at half of saturation, secured / plaintext: %,.0f / %,.0f reads/s " + "served, p95 %.2f / %.2f ms",
                securedHalf.perSecond(), plainHalf.perSecond(), securedHalf.millis(0.95), plainHalf.millis(0.95));
    }

    /** The secured read of a random usager of {@code pool} with {@code agent}'s token (P1, and P6's reads). */
    public static LoadGenerator.Requests securedReads(Stack stack, List<UUID> pool, Tokens agent) {
        String[] paths = pool.stream().map(id -> "/api/v1/persons/" + id).toArray(String[]::new);
        return random -> HttpConnection.get(
                stack.ports().api().getAuthority(),
                paths[random.nextInt(paths.length)],
                "Authorization: Bearer " + agent.user(StackData.AGENT));
    }

    /** A closed loop at {@code users} under JFR; its summary goes to the output folder and the notes. */
    private static void profile(Stack stack, Report report, Kind kind, LoadGenerator.Requests requests, int users)
            throws Exception {
        ProcessHandle jvm = stack.wildflyJvm().orElseThrow(() -> new IllegalStateException("no WildFly JVM found"));
        progress("%s reads at %d users for %d s under JFR...", kind.label, users, PROFILED.toSeconds());
        Profiler profiler = Profiler.start(jvm, report.outputDir().resolve("p1-" + kind.label + ".jfr"));
        Point point = closed(stack, kind, requests, users, PROFILED);
        Map<String, Double> shares = profiler.stop(
                report.dataFile("p1-profile-" + kind.label + ".txt"),
                Report.format(
                        "P1 %s read, %d users, %,.0f reads/s while recorded",
                        kind.label, users, point.window().perSecond()));
        report.note(
                "P1 profile of WildFly, %s read at %d users (JFR, share of samples "
                        + "whose stack holds each part, inclusive): %s",
                kind.label, users, Profiler.largest(shares, 0.03));
    }

    /** Both endpoints answer the same JSON for the same usager, every field present: else nothing compares. */
    private static void checkSameAnswers(Stack stack, Tokens agent, List<UUID> pool) throws IOException {
        try (HttpConnection connection =
                new HttpConnection(LoadGenerator.HOST, stack.ports().http())) {
            for (UUID id : List.of(pool.getFirst(), pool.get(pool.size() / 2), pool.getLast())) {
                HttpConnection.Response secured = connection.exchange(HttpConnection.get(
                        stack.ports().api().getAuthority(),
                        "/api/v1/persons/" + id,
                        "Authorization: Bearer " + agent.user(StackData.AGENT)));
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

    private static Point closed(Stack stack, Kind kind, LoadGenerator.Requests requests, int users, Duration duration)
            throws Exception {
        return phase(
                stack,
                kind,
                "closed",
                users,
                Double.NaN,
                duration,
                () -> LoadGenerator.closedLoop(stack.ports().http(), users, duration, requests));
    }

    private static Point open(Stack stack, Kind kind, LoadGenerator.Requests requests, double rate, Duration duration)
            throws Exception {
        Point point = phase(
                stack,
                kind,
                "open",
                OPEN_LOOP_CONNECTIONS,
                rate,
                duration,
                () -> LoadGenerator.openLoop(stack.ports().http(), rate, OPEN_LOOP_CONNECTIONS, duration, requests));
        progress(
                "%-9s at %,.0f reads/s: p50 %.2f ms, p99 %.2f ms",
                kind.label, rate, point.window().millis(0.50), point.window().millis(0.99));
        return point;
    }

    /** A loop's samples after its warm-up, with the CPU it cost. */
    private static Point phase(
            Stack stack, Kind kind, String loop, int users, double rate, Duration duration, Callable<Samples> run)
            throws Exception {
        CpuTimes before = CpuTimes.now(stack.wildflyJvm());
        long start = System.nanoTime();
        Samples samples = run.call();
        CpuTimes cpu = CpuTimes.now(stack.wildflyJvm()).since(before);
        return new Point(
                kind,
                loop,
                users,
                rate,
                samples.between(start + PHASE_WARMUP.toNanos(), start + duration.toNanos()),
                cpu,
                samples.size());
    }

    /** The measured parts of a kind's open-loop phases as one window (their latencies pooled). */
    private static Samples.Window mergedWindow(List<Point> points, Kind kind) {
        return Samples.Window.pooled(
                points.stream().filter(p -> p.kind() == kind).map(Point::window).toList());
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
                                p.kind().label,
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

    private void drawCharts(Report report, List<Point> points) throws IOException {
        double[] users = concurrency.stream().mapToDouble(Integer::doubleValue).toArray();
        LineChart throughput = new LineChart(
                "P1 dossier read: throughput against concurrency",
                "concurrent users (closed loop)",
                "reads per second",
                true);
        LineChart latency = new LineChart(
                "P1 dossier read: latency against concurrency", "concurrent users (closed loop)", "latency (ms)", true);
        for (Kind kind : Kind.values()) {
            double[] perSecond = new double[users.length];
            double[] p50 = new double[users.length];
            double[] p99 = new double[users.length];
            for (int i = 0; i < users.length; i++) {
                Samples.Window w = find(points, kind, (int) users[i]).window();
                perSecond[i] = w.perSecond();
                p50[i] = w.millis(0.50);
                p99[i] = w.millis(0.99);
            }
            throughput.series(
                    kind.label + (kind == Kind.SECURED ? " (GET /api/v1/persons/{id})" : " (JPA read, no security)"),
                    users,
                    perSecond);
            latency.series(kind.label + " p50", users, p50, kind.ordinal(), false);
            latency.series(kind.label + " p99", users, p99, kind.ordinal(), true);
        }
        throughput.writePng(report.chart(
                "P1: reads per second against concurrent users, secured and plaintext", "p1-throughput.png"));
        latency.writePng(report.chart(
                "P1: p50 and p99 latency against concurrent users, secured and plaintext", "p1-latency.png"));
    }

    private static void progress(String format, Object... arguments) {
        Report.progress("read", format, arguments);
    }
}
