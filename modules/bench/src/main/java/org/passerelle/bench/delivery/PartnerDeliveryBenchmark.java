package org.passerelle.bench.delivery;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.passerelle.bench.Run;
import org.passerelle.bench.delivery.DeliveryApi.Route;
import org.passerelle.bench.delivery.DeliveryApi.Sent;
import org.passerelle.bench.load.Latencies;
import org.passerelle.bench.load.LoadGenerator;
import org.passerelle.bench.load.Workers;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Figure.Target;
import org.passerelle.bench.report.LineChart;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.testing.HttpConnection;
import org.passerelle.testing.Ports;
import org.passerelle.testing.SimulatorClient;
import org.passerelle.testing.Stack;
import org.passerelle.testing.people.Category;

/** P4, partner delivery through the outbox to the partner simulator (modules/bench/README.md). */
public final class PartnerDeliveryBenchmark {

    static final String NAME = "P4 partner delivery";
    static final String CAF_PARTNER = "caf-49";
    static final String CPAM_PARTNER = "cpam-49";
    static final List<Category> CATEGORIES = Stream.of(
                    FieldCategory.IDENTITY, FieldCategory.CONTACT, FieldCategory.RESOURCES)
            .map(c -> Category.valueOf(c.name()))
            .toList();
    /** The fields the CAF's orientations pick (also those of P4's outbox rows). */
    static final List<String> CAF_PICK =
            keys(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.PERSON_PHONE, Field.CASE_RESOURCES);

    /** The partner system answers nothing (the orientation stays SENT), or its listener is down. */
    private static final Map<String, Object> UP = Map.of("replies", List.of(), "down", false);

    private static final Map<String, Object> DOWN = Map.of("replies", List.of(), "down", true);
    private static final int USAGERS = 4;
    private static final int DRAFTING_THREADS = 4;
    private static final int BACKLOG_SENDERS = 4;
    private static final int OPEN_LOOP_CONNECTIONS = 8;
    private static final Duration STEADY_WARMUP = Duration.ofSeconds(2);
    /** The backlog becomes due this long after the update that schedules it: time for the partner to come back. */
    private static final Duration DUE_MARGIN = Duration.ofSeconds(3);
    /** How long the parked backlog must stay untouched before it is released. */
    private static final Duration QUIET = Duration.ofSeconds(5);

    /** When the simulator received each orientation, and what else its ledger says about them. */
    record Arrivals(Map<UUID, Instant> received, int duplicates, int refused) {

        /** Each orientation received once. */
        int effects() {
            return received.size();
        }

        Instant first() {
            return Collections.min(received.values());
        }

        Instant last() {
            return Collections.max(received.values());
        }
    }

    /** A backlog delivered: how many, how long it took to send them while down, T0 and the arrivals. */
    record Backlog(
            Route route,
            int orientations,
            double sendSeconds,
            double meanAttemptsWhileDown,
            Instant due,
            boolean partnerUpBeforeDue,
            Instant lastDelivered,
            Arrivals arrivals) {

        /** N over the time from T0 to the last arrival. */
        double perSecond() {
            return arrivals.effects() / seconds(due, arrivals.last());
        }

        /** From the first arrival to the last: the pace once delivery is under way. */
        double drainPerSecond() {
            return (arrivals.effects() - 1) / seconds(arrivals.first(), arrivals.last());
        }
    }

    /** Orientations sent by {@code senders} (closed loop) or at {@code offered} per second, and their delivery. */
    record Flow(String phase, int senders, double offered, List<Sent> sent, Arrivals arrivals) {

        /** When the first send started, or fell due (open loop). */
        Instant started() {
            return sent.stream()
                    .map(s -> s.answered().minusNanos(s.endNanos() - s.startNanos()))
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
        }

        /** Sends answered per second, from the first send started to the last answered. */
        double sendsPerSecond() {
            long first = sent.stream().mapToLong(Sent::startNanos).min().orElseThrow();
            long last = sent.stream().mapToLong(Sent::endNanos).max().orElseThrow();
            return sent.size() / ((last - first) / 1e9);
        }

        /** Orientations at the partner per second, from the first send started to the last arrival. */
        double deliveredPerSecond() {
            return sent.size() / seconds(started(), arrivals.last());
        }

        /** From each send call's answer (committed) to the simulator's receivedAt. */
        Latencies commitToPartner() {
            return Latencies.of(sent.stream()
                    .mapToLong(s -> Duration.between(
                                    s.answered(), arrivals.received().get(s.id()))
                            .toNanos())
                    .toArray());
        }

        /** The send calls, from when each was due (open loop) or started (closed loop) to its answer. */
        Latencies sendCalls() {
            return Latencies.of(
                    sent.stream().mapToLong(s -> s.endNanos() - s.startNanos()).toArray());
        }
    }

    private final Run run;
    private final Stack stack;
    private final DeliveryApi api;
    private final Route caf;
    private final Route cpam;
    private final int rate;
    private SimulatorClient simulator;

    public PartnerDeliveryBenchmark(Run run) {
        this.run = run;
        this.stack = run.stack();
        this.api = new DeliveryApi(stack);
        Ports ports = stack.ports();
        this.caf = new Route(
                CAF_PARTNER, "HTTPS", "https://localhost:" + ports.simulatorHttps() + "/caf/orientations", CAF_PICK);
        this.cpam = new Route(
                CPAM_PARTNER,
                "SFTP",
                "sftp://127.0.0.1:" + ports.simulatorSftp(),
                keys(Field.PERSON_LAST_NAME, Field.PERSON_BIRTH_DATE, Field.CASE_RESOURCES));
        this.rate = run.size("delivery-rate");
    }

    public void measure() throws Exception {
        new OutboxInsertBenchmark(run).measure();
        List<Route> routes = List.of(caf, cpam);
        try (SimulatorClient client = new SimulatorClient(stack.ports().simulatorUrl())) {
            simulator = client;
            try {
                for (Route route : routes) {
                    simulator.behave(route.partner(), UP);
                    api.connect(route, simulator.keys(route.partner()));
                }
                List<UUID> dossiers = new ArrayList<>();
                for (int i = 0; i < USAGERS; i++) {
                    dossiers.add(api.usager(i, List.of(CAF_PARTNER, CPAM_PARTNER), CATEGORIES));
                }
                measureDelivery(dossiers, run.report());
            } finally {
                for (Route route : routes) {
                    try {
                        api.disconnect(route);
                    } catch (RuntimeException e) {
                        System.err.println("bench: delivery: could not put the convention of " + route.partner()
                                + " back on the inbox: " + e);
                    }
                }
            }
        }
    }

    private void measureDelivery(List<UUID> dossiers, Report report) throws Exception {
        Backlog https = backlog(caf, dossiers, run.size("delivery-https"));
        Backlog sftp = backlog(cpam, dossiers, run.size("delivery-sftp"));

        int warm = (int) (rate * STEADY_WARMUP.toSeconds());
        int total = warm + rate * run.size("delivery-seconds");
        run.progress(
                "HTTPS at a steady %d orientations/s for %d s (+%d s warm-up): drafting %d...",
                rate, run.size("delivery-seconds"), STEADY_WARMUP.toSeconds(), total);
        List<UUID> steadyIds = draftAll(caf, dossiers, total);
        Flow steady = flow("steady", OPEN_LOOP_CONNECTIONS, rate, steadyIds, sendAtRate(steadyIds, rate), warm);
        Latencies steadyLatency = steady.commitToPartner();
        List<Flow> levels = new ArrayList<>();
        for (int senders : run.sizes("delivery-senders")) {
            List<UUID> ids = draftAll(caf, dossiers, run.size("delivery-per-level"));
            levels.add(flow("senders", senders, Double.NaN, ids, sendAll(ids, senders), 0));
        }

        report.figure(Figure.of(
                        NAME + ": HTTPS (CAF) from a backlog of " + https.orientations(),
                        Quantity.of(https.perSecond(), "orientations/s"))
                .withTarget(Target.valueAtLeast(100, "/s")));
        report.figure(Figure.of(
                        NAME + ": SFTP + OpenPGP (CPAM) from a backlog of " + sftp.orientations(),
                        Quantity.of(sftp.perSecond(), "files/s"))
                .withTarget(Target.valueAtLeast(5, "/s")));
        for (int p : List.of(50, 95, 99)) {
            Figure latency = Figure.of(
                    NAME + ": commit to partner, HTTPS, p" + p + " at " + rate + "/s",
                    Quantity.of(steadyLatency.percentileMillis(p / 100.0), "ms"));
            report.figure(p == 95 ? latency.withTarget(Target.valueAtMost(500, "ms")) : latency);
        }

        for (Backlog b : List.of(https, sftp)) {
            report.note(
                    "P4 %s backlog: %d orientations drafted and sent by %d senders "
                            + "in %.1f s while %s's listener was down (%.1f failed attempts each on average), parked "
                            + "then released at one instant T0 (partner back %s T0); all %d at the simulator %.2f s "
                            + "after T0: %.1f/s; %.1f/s from the first arrival to the last; the last marked delivered "
                            + "by Passerelle %.2f s after T0 (%.1f/s); %d duplicate, %d refused",
                    b.route().channel(),
                    b.orientations(),
                    BACKLOG_SENDERS,
                    b.sendSeconds(),
                    b.route().partner(),
                    b.meanAttemptsWhileDown(),
                    b.partnerUpBeforeDue() ? "before" : "only after",
                    b.arrivals().effects(),
                    seconds(b.due(), b.arrivals().last()),
                    b.perSecond(),
                    b.drainPerSecond(),
                    seconds(b.due(), b.lastDelivered()),
                    b.orientations() / seconds(b.due(), b.lastDelivered()),
                    b.arrivals().duplicates(),
                    b.arrivals().refused());
        }
        report.note(
                "P4 commit to partner: %d orientations to the CAF over HTTPS, one due every %.0f ms (open loop, up "
                        + "to %d connections, the first %d s not counted); send call p50 %.1f ms, p99 %.1f ms; %d "
                        + "duplicate",
                steady.sent().size(),
                1000.0 / rate,
                OPEN_LOOP_CONNECTIONS,
                STEADY_WARMUP.toSeconds(),
                steady.sendCalls().percentileMillis(0.50),
                steady.sendCalls().percentileMillis(0.99),
                steady.arrivals().duplicates());
        report.note(
                "P4 against concurrent senders %s (closed loop, %d orientations per " + "level, HTTPS): %s",
                run.sizes("delivery-senders"),
                run.size("delivery-per-level"),
                levels.stream()
                        .map(l -> Report.format(
                                "%d: %,.0f sends/s, %,.0f delivered/s, p95 %.0f ms",
                                l.senders(),
                                l.sendsPerSecond(),
                                l.deliveredPerSecond(),
                                l.commitToPartner().percentileMillis(0.95)))
                        .collect(Collectors.joining("; ")));
        writeCsv(report, https, sftp, steady, levels);
        drawCharts(report, levels);
    }

    /** Builds a backlog with the partner down, makes it due at once, brings the partner back and times it. */
    private Backlog backlog(Route route, List<UUID> dossiers, int count) throws Exception {
        run.progress("%s (%s): drafting %d orientations...", route.channel(), route.partner(), count);
        List<UUID> ids = draftAll(route, dossiers, count);
        simulator.behave(route.partner(), DOWN);
        if (simulator.listening(route.partner())) {
            throw new IllegalStateException(route.partner() + " still listens after down: true");
        }
        run.progress("%s (%s): sending them while the partner is down...", route.channel(), route.partner());
        long start = System.nanoTime();
        sendAll(ids, BACKLOG_SENDERS);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        Instant due;
        double attempts;
        try (Connection db = stack.superuserConnection()) {
            Outbox outbox = new Outbox(db, ids);
            await("an outbox row for each of " + ids.size() + " orientations")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        Outbox.State state = outbox.state();
                        if (state.delivered() + state.closed() > 0) {
                            throw new IllegalStateException(state + ": delivered or closed while the partner was down");
                        }
                        return state.all() == ids.size();
                    });
            run.progress(
                    "%s (%s): parking the backlog until no delivery worker holds any of it...",
                    route.channel(), route.partner());
            outbox.park(QUIET);
            attempts = outbox.state().meanAttempts();
            due = outbox.release(DUE_MARGIN);
        }
        simulator.behave(route.partner(), UP);
        while (!simulator.listening(route.partner()) && Instant.now().isBefore(due.plusSeconds(10))) {
            Thread.sleep(50);
        }
        boolean upBeforeDue =
                simulator.listening(route.partner()) && Instant.now().isBefore(due);
        run.progress(
                "%s (%s): %d orientations due at T0, partner back %s it...",
                route.channel(), route.partner(), count, upBeforeDue ? "before" : "only after");
        Instant lastDelivered = awaitDelivered(ids, Duration.ofSeconds(60).plusMillis(200L * count));
        Arrivals arrivals = arrivals(route.partner(), ids);
        Backlog backlog = new Backlog(route, count, sendSeconds, attempts, due, upBeforeDue, lastDelivered, arrivals);
        run.progress(
                "%s (%s): %d delivered %.2f s after T0: %.1f/s (%.1f/s from the first arrival to the last)",
                route.channel(),
                route.partner(),
                arrivals.effects(),
                seconds(due, arrivals.last()),
                backlog.perSecond(),
                backlog.drainPerSecond());
        return backlog;
    }

    /**
     * Waits for the delivery of orientations sent, and reads their arrivals; the first {@code skipped}
     * sends (a warm-up) do not count.
     */
    private Flow flow(String phase, int senders, double offered, List<UUID> ids, List<Sent> sent, int skipped)
            throws Exception {
        awaitDelivered(ids, Duration.ofSeconds(60).plusMillis(100L * ids.size()));
        List<Sent> counted = sent.stream()
                .sorted(Comparator.comparingLong(Sent::startNanos))
                .skip(skipped)
                .toList();
        Flow flow = new Flow(phase, senders, offered, counted, arrivals(CAF_PARTNER, ids));
        Latencies latency = flow.commitToPartner();
        run.progress(
                "HTTPS, %s: %,.0f sends/s, %,.0f delivered/s, commit to partner p50 %.1f ms, p95 %.1f ms, p99 %.1f "
                        + "ms; send call p50 %.1f ms",
                phase.equals("steady") ? Report.format("%.0f/s", offered) : senders + " sender(s)",
                flow.sendsPerSecond(),
                flow.deliveredPerSecond(),
                latency.percentileMillis(0.50),
                latency.percentileMillis(0.95),
                latency.percentileMillis(0.99),
                flow.sendCalls().percentileMillis(0.50));
        return flow;
    }

    /** Waits until every orientation's message is DELIVERED (fails on a dead one); returns when the last was. */
    private Instant awaitDelivered(List<UUID> ids, Duration timeout) throws Exception {
        try (Connection db = stack.superuserConnection()) {
            Outbox outbox = new Outbox(db, ids);
            await(ids.size() + " orientations delivered").atMost(timeout).until(() -> {
                Outbox.State state = outbox.state();
                if (state.closed() > 0) {
                    throw new IllegalStateException(
                            state + ": see GET /api/v1/deliveries?state=DEAD and the server log");
                }
                return state.delivered() == ids.size();
            });
            return outbox.state().lastDelivered();
        }
    }

    /**
     * The ledger's ORIENTATION arrivals for these orientations: exactly one effect each (else the run
     * fails: lost or applied twice), duplicates (the same message id again) counted. Passerelle counts
     * an SFTP file delivered once uploaded; the simulator takes it in at its next poll: hence the wait.
     */
    private Arrivals arrivals(String partner, List<UUID> ids) {
        Set<String> wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        AtomicReference<Arrivals> arrivals = new AtomicReference<>();
        await("the ledger of " + partner + " to hold " + ids.size()
                        + " orientations (see simulator.log in the stack folder)")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Map<UUID, Instant> received = new HashMap<>();
                    int duplicates = 0;
                    int refused = 0;
                    for (JsonNode entry : simulator.ledger(partner)) {
                        String referral = entry.path("referralId").asText();
                        if (!wanted.contains(referral)
                                || !entry.path("kind").asText().equals("ORIENTATION")) {
                            continue;
                        }
                        if (entry.hasNonNull("rejectedBecause")) {
                            refused++;
                        } else if (entry.path("duplicate").asBoolean()) {
                            duplicates++;
                        } else if (received.put(
                                        UUID.fromString(referral),
                                        Instant.parse(entry.path("receivedAt").asText()))
                                != null) {
                            throw new IllegalStateException(
                                    "orientation " + referral + " reached " + partner + " twice");
                        }
                    }
                    arrivals.set(new Arrivals(Map.copyOf(received), duplicates, refused));
                    return received.size() == ids.size();
                });
        return arrivals.get();
    }

    /** Drafts {@code count} orientations of the route, spread over the dossiers, from a few threads. */
    private List<UUID> draftAll(Route route, List<UUID> dossiers, int count) throws Exception {
        return calls(
                "delivery-draft",
                DRAFTING_THREADS,
                count,
                (http, n) -> api.draft(route, dossiers.get(n % dossiers.size())));
    }

    /** Sends them all from {@code senders} threads, each sending as soon as its previous send answered. */
    private List<Sent> sendAll(List<UUID> ids, int senders) throws Exception {
        return calls("delivery-send", senders, ids.size(), (http, n) -> api.send(http, ids.get(n)));
    }

    /**
     * Sends them in order, one due every {@code 1 / perSecond} s from now, from up to
     * {@value #OPEN_LOOP_CONNECTIONS} connections; a send kept waiting for a free connection counts
     * its wait in its call's latency (its start is when it was due).
     */
    private List<Sent> sendAtRate(List<UUID> ids, int perSecond) throws Exception {
        long start = System.nanoTime() + Duration.ofMillis(100).toNanos();
        return calls("delivery-send-rate", OPEN_LOOP_CONNECTIONS, ids.size(), (http, n) -> {
            long due = start + (long) (n * 1e9 / perSecond);
            LoadGenerator.waitUntil(due);
            Sent s = api.send(http, ids.get(n));
            return new Sent(s.id(), due, s.endNanos(), s.answered());
        });
    }

    /** One API call on one of the threads' connections. */
    @FunctionalInterface
    private interface Call<T> {
        T make(HttpConnection http, int n) throws IOException;
    }

    /** Calls 0 to {@code count} - 1, each by the first of {@code threads} threads free, and their results. */
    private <T> List<T> calls(String name, int threads, int count, Call<T> call) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<T> results = Collections.synchronizedList(new ArrayList<>());
        Workers.run(name, Math.min(threads, count), thread -> {
            try (HttpConnection http = api.connection()) {
                int n;
                while ((n = next.getAndIncrement()) < count) {
                    results.add(call.make(http, n));
                }
            }
        });
        return List.copyOf(results);
    }

    private void writeCsv(Report report, Backlog https, Backlog sftp, Flow steady, List<Flow> levels)
            throws IOException {
        List<String> rows = new ArrayList<>();
        for (Backlog b : List.of(https, sftp)) {
            rows.add(Report.format(
                    "backlog,%s,%d,,%d,,%.1f,,,,,,%d",
                    b.route().channel(),
                    BACKLOG_SENDERS,
                    b.orientations(),
                    b.perSecond(),
                    b.arrivals().duplicates()));
        }
        for (Flow f : Stream.concat(Stream.of(steady), levels.stream()).toList()) {
            rows.add(Report.format(
                    "%s,HTTPS,%d,%s,%d,%.1f,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%d",
                    f.phase(),
                    f.senders(),
                    Double.isNaN(f.offered()) ? "" : Report.format("%.1f", f.offered()),
                    f.sent().size(),
                    f.sendsPerSecond(),
                    f.deliveredPerSecond(),
                    f.sendCalls().percentileMillis(0.50),
                    f.sendCalls().percentileMillis(0.99),
                    f.commitToPartner().percentileMillis(0.50),
                    f.commitToPartner().percentileMillis(0.95),
                    f.commitToPartner().percentileMillis(0.99),
                    f.arrivals().duplicates()));
        }
        report.csv(
                "p4-delivery.csv",
                "phase,channel,senders,offered_per_s,orientations,sends_per_s,delivered_per_s,send_p50_ms,send_p99_ms,"
                        + "commit_to_partner_p50_ms,commit_to_partner_p95_ms,commit_to_partner_p99_ms,duplicates",
                rows);
    }

    private void drawCharts(Report report, List<Flow> levels) throws IOException {
        double[] senders = values(levels, Flow::senders);
        String x = "concurrent senders (closed loop)";
        new LineChart(
                        "P4 partner delivery (HTTPS): throughput against concurrent senders",
                        x,
                        "orientations per second",
                        true)
                .series("sends committed (POST /referrals/{id}/send)", senders, values(levels, Flow::sendsPerSecond))
                .series(
                        "delivered to the partner (simulator's ledger)",
                        senders,
                        values(levels, Flow::deliveredPerSecond))
                .writePng(report.chart(
                        "P4: orientations sent and delivered per second against concurrent senders (HTTPS, CAF)",
                        "p4-throughput.png"));
        LineChart latency = new LineChart(
                "P4 partner delivery (HTTPS): latency against concurrent senders", x, "latency (ms)", true);
        for (double percentile : List.of(0.50, 0.95)) {
            String p = Report.format(" p%.0f", 100 * percentile);
            boolean dashed = percentile > 0.5;
            latency.series(
                            "commit to partner" + p,
                            senders,
                            values(levels, l -> l.commitToPartner().percentileMillis(percentile)),
                            0,
                            dashed)
                    .series(
                            "send call" + p,
                            senders,
                            values(levels, l -> l.sendCalls().percentileMillis(percentile)),
                            1,
                            dashed);
        }
        latency.writePng(report.chart(
                "P4: commit-to-partner and send-call latency (p50, p95) against concurrent senders (HTTPS, CAF)",
                "p4-latency.png"));
    }

    private static double[] values(List<Flow> flows, ToDoubleFunction<Flow> value) {
        return flows.stream().mapToDouble(value).toArray();
    }

    private static List<String> keys(Field... fields) {
        return Stream.of(fields).map(Field::key).toList();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
