package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The orientations' indicators (issue 5): a scenario played through the API by a CCAS of the
 * test's own (so that no other test's orientations count), its orientations then moved by SQL to
 * chosen sending and answer times in March 2021 (Europe/Paris, across both month boundaries and
 * the change to summer time), and every figure recomputed here from the plan that drove the API:
 * counts by hand, percentiles with percentile_cont's linear interpolation.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on 1-second days (expiry)")
class IndicatorsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String CPAM = "cpam.conseiller";
    private static final String DEPT = "dept.referent";
    private static final List<String> ROW_KEYS = List.of(
            "partner",
            "partnerName",
            "month",
            "sent",
            "accepted",
            "rejected",
            "rejectedByReason",
            "expired",
            "cancelled",
            "completed",
            "failed",
            "medianHoursToAcknowledge",
            "p90HoursToAcknowledge",
            "medianHoursToOutcome",
            "p90HoursToOutcome");

    /** What the partner (or, for CANCEL, the sender) does, {@code hours} after sending; EXPIRE is the timers'. */
    private record Step(String kind, double hours, String code) {}

    /** One orientation: to whom, sent when, then what happens to it, and the status it must end in. */
    private record Plan(String partner, Instant sentAt, String finalStatus, List<Step> steps) {

        YearMonth month() {
            return YearMonth.from(sentAt.atZone(PARIS));
        }

        boolean has(String kind) {
            return steps.stream().anyMatch(s -> s.kind().equals(kind));
        }

        /** Hours to the first of acknowledgement, acceptance or rejection; null if none came. */
        Double firstOf(String... kinds) {
            return steps.stream()
                    .filter(s -> List.of(kinds).contains(s.kind()))
                    .map(Step::hours)
                    .min(Double::compare)
                    .orElse(null);
        }
    }

    private static Step step(String kind, double hours) {
        return new Step(kind, hours, null);
    }

    private static Step step(String kind, double hours, String code) {
        return new Step(kind, hours, code);
    }

    private static final List<Plan> PLANS = List.of(
            // 2021-02-28 23:30 UTC is 1 March 00:30 in Paris: March.
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-02-28T23:30:00Z"),
                    "COMPLETED",
                    List.of(step("ACKNOWLEDGE", 2), step("ACCEPT", 5), step("COMPLETE", 50, "DROITS_OUVERTS"))),
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-03-03T08:00:00Z"),
                    "FAILED",
                    List.of(step("ACCEPT", 10), step("FAIL", 100, "INJOIGNABLE"))),
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-03-05T08:00:00Z"),
                    "REJECTED",
                    List.of(step("ACKNOWLEDGE", 1), step("REJECT", 3, "DEJA_SUIVI"))),
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-03-08T13:15:00Z"),
                    "REJECTED",
                    List.of(step("REJECT", 30, "HORS_COMPETENCE"))),
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-03-10T08:00:00Z"),
                    "REJECTED",
                    List.of(step("REJECT", 7.5, "DEJA_SUIVI"))),
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-03-12T08:00:00Z"),
                    "CANCELLED",
                    List.of(step("ACCEPT", 4), step("CANCEL", 20, "SITUATION_RESOLUE"))),
            new Plan("cpam-49", Instant.parse("2021-03-20T08:00:00Z"), "EXPIRED", List.of(step("EXPIRE", 0))),
            // After the change to summer time (28 March).
            new Plan(
                    "cpam-49",
                    Instant.parse("2021-03-29T06:00:00Z"),
                    "COMPLETED",
                    List.of(step("ACCEPT", 0.25), step("COMPLETE", 24, "DROITS_OUVERTS"))),
            new Plan(
                    "dept-49",
                    Instant.parse("2021-03-15T10:00:00Z"),
                    "COMPLETED",
                    List.of(step("ACCEPT", 3), step("COMPLETE", 72, "CONTRAT_SIGNE"))),
            new Plan(
                    "dept-49",
                    Instant.parse("2021-03-16T10:00:00Z"),
                    "CANCELLED",
                    List.of(step("ACKNOWLEDGE", 6), step("CANCEL", 8, "SITUATION_RESOLUE"))),
            new Plan(
                    "dept-49",
                    Instant.parse("2021-03-17T10:00:00Z"),
                    "FAILED",
                    List.of(step("ACCEPT", 1.5), step("FAIL", 36.5, "SANS_SUITE"))),
            // 2021-03-31 22:30 UTC is 1 April 00:30 in Paris (summer time): April.
            new Plan(
                    "dept-49",
                    Instant.parse("2021-03-31T22:30:00Z"),
                    "REJECTED",
                    List.of(step("REJECT", 12, "DOSSIER_INCOMPLET"))));

    private static String organisation;
    private static String agent;
    private static String auditor;
    private static String admin;
    /** Everything of the scenario that names a person or holds text: none may appear in an answer. */
    private static final List<String> PERSONAL = new ArrayList<>();

    @BeforeAll
    static void playTheScenario() throws Exception {
        organisation = "ccas-ind-" + TestData.unique("").toLowerCase();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "insert into organisation (code, name, kind, commune) values (?, 'CCAS des indicateurs', 'CCAS', 'Test')")) {
            s.setString(1, organisation);
            s.executeUpdate();
        }
        agent = Keycloak.createUser(organisation, "ccas-agent");
        auditor = Keycloak.createUser(organisation, "auditor");
        admin = Keycloak.createUser(organisation, "admin");
        PERSONAL.addAll(List.of(agent, CPAM, DEPT));

        List<String> ids = new ArrayList<>();
        for (Plan plan : PLANS) {
            ids.add(play(plan));
        }
        awaitExpiry(ids);
        for (int i = 0; i < PLANS.size(); i++) {
            assertThat(asAgent(ids.get(i)).path("status").asText())
                    .as("orientation %d", i)
                    .isEqualTo(PLANS.get(i).finalStatus());
            moveInTime(UUID.fromString(ids.get(i)), PLANS.get(i));
        }
    }

    /** Drives one orientation through the API as its plan says; returns its id. */
    private static String play(Plan plan) {
        String lastName = TestData.unique("Indicateur");
        String personId = TestData.registerPerson(agent, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        agent,
                        personId,
                        List.of(),
                        new HashMap<>(Map.of(
                                "housing",
                                "Hébergé chez un tiers " + TestData.unique(""),
                                "healthNotes",
                                "Suivi médical interrompu " + TestData.unique(""))))
                .path("id")
                .asText();
        PERSONAL.addAll(List.of(lastName, personId, caseId));
        boolean cpam = plan.partner().equals("cpam-49");
        List<String> categories = cpam ? List.of("IDENTITY", "HEALTH") : List.of("IDENTITY", "HOUSING");
        created(Http.send(
                "POST",
                Http.api("/prior-notices"),
                Keycloak.token(agent),
                Map.of(
                        "personId",
                        personId,
                        "categories",
                        categories,
                        "recipients",
                        List.of(plan.partner()),
                        "means",
                        "IN_PERSON")));
        if (cpam) {
            created(Http.send(
                    "POST",
                    Http.api("/consents"),
                    Keycloak.token(agent),
                    Map.of(
                            "personId",
                            personId,
                            "recipient",
                            "cpam-49",
                            "purpose",
                            "acces-aux-soins",
                            "categories",
                            categories,
                            "means",
                            "WRITTEN",
                            "expiresOn",
                            LocalDate.now(PARIS).plusYears(1).toString())));
        }
        String reason = "Orientation pour les indicateurs " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(reason);
        PERSONAL.add(reason);
        String id = Http.json(created(Http.send(
                        "POST",
                        Http.api("/referrals"),
                        Keycloak.token(agent),
                        Map.of(
                                "caseFileId",
                                caseId,
                                "partner",
                                plan.partner(),
                                "cadre",
                                cpam ? "HEALTH" : "RSA",
                                "purpose",
                                cpam ? "acces-aux-soins" : "insertion-rsa",
                                "reason",
                                reason,
                                "urgency",
                                "NORMAL",
                                "fields",
                                cpam
                                        ? List.of("person.lastName", "case.healthNotes")
                                        : List.of("person.lastName", "case.housing")))))
                .path("id")
                .asText();
        ok(Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token(agent), null));
        String caseworker = cpam ? CPAM : DEPT;
        for (Step step : plan.steps()) {
            Map<String, Object> body = step.code() == null
                    ? Map.of()
                    : step.kind().equals("REJECT")
                            ? Map.of("reasonCode", step.code(), "message", "Motif expliqué")
                            : Map.of("reasonCode", step.code());
            switch (step.kind()) {
                case "CANCEL" ->
                    ok(Http.send("POST", Http.api("/referrals/" + id + "/cancel"), Keycloak.token(agent), body));
                case "EXPIRE" -> {
                    // Left unanswered: the timers expire it (awaitExpiry brings its expiry forward).
                }
                default ->
                    ok(Http.send(
                            "POST",
                            Http.api("/partner/referrals/" + id + "/"
                                    + step.kind().toLowerCase()),
                            Keycloak.token(caseworker),
                            body));
            }
        }
        return id;
    }

    /** Brings the unanswered orientations' expiry to now, then waits for the timers to expire them. */
    private static void awaitExpiry(List<String> ids) throws SQLException, InterruptedException {
        List<String> expiring = new ArrayList<>();
        for (int i = 0; i < PLANS.size(); i++) {
            if (PLANS.get(i).has("EXPIRE")) {
                expiring.add(ids.get(i));
                try (Connection c = Stack.database();
                        PreparedStatement s = c.prepareStatement(
                                "update referral set remind_at = now(), expires_at = now() where id = ?")) {
                    s.setObject(1, UUID.fromString(ids.get(i)));
                    s.executeUpdate();
                }
            }
        }
        for (String id : expiring) {
            await("the expiry of " + id)
                    .atMost(Duration.ofSeconds(40))
                    .until(() -> asAgent(id).path("status").asText().equals("EXPIRED"));
        }
    }

    /**
     * As the superuser: the orientation was sent at the plan's time, and each step happened its
     * hours later (the creation an hour before sending).
     */
    private static void moveInTime(UUID id, Plan plan) throws SQLException {
        try (Connection c = Stack.database()) {
            try (PreparedStatement s = c.prepareStatement("update referral set sent_at = ? where id = ?")) {
                s.setObject(1, OffsetDateTime.ofInstant(plan.sentAt(), ZoneOffset.UTC));
                s.setObject(2, id);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            Map<String, Instant> times = new LinkedHashMap<>();
            times.put("CREATE", plan.sentAt().minus(Duration.ofHours(1)));
            times.put("SEND", plan.sentAt());
            for (Step step : plan.steps()) {
                times.put(step.kind(), plan.sentAt().plusMillis(Math.round(step.hours() * 3_600_000)));
            }
            try (PreparedStatement s =
                    c.prepareStatement("update referral_event set at = ? where referral_id = ? and transition = ?")) {
                for (Map.Entry<String, Instant> time : times.entrySet()) {
                    s.setObject(1, OffsetDateTime.ofInstant(time.getValue(), ZoneOffset.UTC));
                    s.setObject(2, id);
                    s.setString(3, time.getKey());
                    assertThat(s.executeUpdate())
                            .as("%s events of %s", time.getKey(), id)
                            .isEqualTo(1);
                }
            }
        }
    }

    // ---- the figures, computed here from the plans -----------------------------------------------

    /** percentile_cont: the value at position p * (n - 1) of the sorted values, interpolated linearly. */
    static Double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    private static Map<String, Object> expected(String partner, YearMonth month) {
        List<Plan> plans = PLANS.stream()
                .filter(p -> p.partner().equals(partner) && p.month().equals(month))
                .toList();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("partner", partner);
        row.put("month", month.toString());
        row.put("sent", (long) plans.size());
        row.put("accepted", plans.stream().filter(p -> p.has("ACCEPT")).count());
        for (String status : List.of("REJECTED", "EXPIRED", "CANCELLED", "COMPLETED", "FAILED")) {
            row.put(
                    status.toLowerCase(),
                    plans.stream().filter(p -> p.finalStatus().equals(status)).count());
        }
        Map<String, Long> byReason = new TreeMap<>();
        plans.stream()
                .flatMap(p -> p.steps().stream())
                .filter(s -> s.kind().equals("REJECT"))
                .forEach(s -> byReason.merge(s.code(), 1L, Long::sum));
        row.put("rejectedByReason", byReason);
        List<Double> toAcknowledge = plans.stream()
                .map(p -> p.firstOf("ACKNOWLEDGE", "ACCEPT", "REJECT"))
                .filter(h -> h != null)
                .toList();
        List<Double> toOutcome = plans.stream()
                .map(p -> p.firstOf("COMPLETE", "FAIL"))
                .filter(h -> h != null)
                .toList();
        row.put("medianHoursToAcknowledge", percentile(toAcknowledge, 0.5));
        row.put("p90HoursToAcknowledge", percentile(toAcknowledge, 0.9));
        row.put("medianHoursToOutcome", percentile(toOutcome, 0.5));
        row.put("p90HoursToOutcome", percentile(toOutcome, 0.9));
        return row;
    }

    private static void assertRow(JsonNode actual, Map<String, Object> expected) {
        String what = expected.get("partner") + " " + expected.get("month");
        assertThat(fieldNames(actual)).as(what).containsExactlyInAnyOrderElementsOf(ROW_KEYS);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            JsonNode value = actual.path(e.getKey());
            switch (e.getValue()) {
                case null ->
                    assertThat(value.isNull())
                            .as("%s %s is null, written out", what, e.getKey())
                            .isTrue();
                case String s ->
                    assertThat(value.asText()).as("%s %s", what, e.getKey()).isEqualTo(s);
                case Long n ->
                    assertThat(value.asLong()).as("%s %s", what, e.getKey()).isEqualTo(n);
                case Double d ->
                    assertThat(value.asDouble())
                            .as("%s %s (rounded to the hundredth)", what, e.getKey())
                            .isCloseTo(d, within(0.0051));
                case Map<?, ?> m -> {
                    Map<String, Long> reasons = new TreeMap<>();
                    value.fields()
                            .forEachRemaining(
                                    f -> reasons.put(f.getKey(), f.getValue().asLong()));
                    assertThat(reasons).as("%s %s", what, e.getKey()).isEqualTo(m);
                }
                default -> throw new IllegalStateException(e.toString());
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- the tests ---------------------------------------------------------------------------------

    @Test
    void theAuditorGetsTheFiguresOfTheOrientationsTheirCcasSentPerPartnerAndMonth() {
        HttpResponse<String> march = indicators(auditor, "?from=2021-03&to=2021-03");
        assertThat(march.statusCode()).as(march.body()).isEqualTo(200);
        JsonNode rows = Http.json(march);
        assertThat(rows).hasSize(2);
        assertRow(rows.get(0), expected("cpam-49", YearMonth.of(2021, 3)));
        assertRow(rows.get(1), expected("dept-49", YearMonth.of(2021, 3)));
        assertThat(rows.get(0).path("partnerName").asText()).isEqualTo("CPAM de Maine-et-Loire");
        assertThat(rows.get(1).path("partnerName").asText()).isEqualTo("Département de Maine-et-Loire");
        for (String value : PERSONAL) {
            assertThat(march.body())
                    .as("no usager, dossier, user or text in the answer")
                    .doesNotContain(value);
        }

        JsonNode spring = Http.json(indicators(auditor, "?from=2021-02&to=2021-04"));
        assertThat(spring).hasSize(3);
        assertThat(spring.get(0)).isEqualTo(rows.get(0));
        assertThat(spring.get(1)).isEqualTo(rows.get(1));
        assertRow(spring.get(2), expected("dept-49", YearMonth.of(2021, 4)));
        assertThat(spring.get(2).path("medianHoursToOutcome").isNull()).isTrue();
    }

    /** The plan's figures worked out by hand, so that a slip in the test's own arithmetic shows too. */
    @Test
    void theExpectedFiguresAreThoseWorkedOutByHand() {
        Map<String, Object> cpam = expected("cpam-49", YearMonth.of(2021, 3));
        assertThat(cpam)
                .containsEntry("sent", 8L)
                .containsEntry("accepted", 4L)
                .containsEntry("rejected", 3L)
                .containsEntry("expired", 1L)
                .containsEntry("cancelled", 1L)
                .containsEntry("completed", 2L)
                .containsEntry("failed", 1L)
                .containsEntry("rejectedByReason", new TreeMap<>(Map.of("DEJA_SUIVI", 2L, "HORS_COMPETENCE", 1L)));
        // acknowledgement [0.25, 1, 2, 4, 7.5, 10, 30]: the median is the 4th; p90 at 5.4 is 10 + 0.4 * 20.
        // outcome [24, 50, 100]: p90 at 1.8 is 50 + 0.8 * 50.
        assertHours(cpam, 4.0, 18.0, 50.0, 90.0);
        // acknowledgement [1.5, 3, 6], outcome [36.5, 72]
        Map<String, Object> dept = expected("dept-49", YearMonth.of(2021, 3));
        assertThat(dept).containsEntry("sent", 3L).containsEntry("accepted", 2L).containsEntry("cancelled", 1L);
        assertHours(dept, 3.0, 5.4, 54.25, 68.45);
        assertThat(expected("dept-49", YearMonth.of(2021, 4)))
                .containsEntry("sent", 1L)
                .containsEntry("medianHoursToOutcome", null);
    }

    private static void assertHours(
            Map<String, Object> row, double median, double p90, double medianOutcome, double p90Outcome) {
        assertThat((Double) row.get("medianHoursToAcknowledge")).isCloseTo(median, within(1e-9));
        assertThat((Double) row.get("p90HoursToAcknowledge")).isCloseTo(p90, within(1e-9));
        assertThat((Double) row.get("medianHoursToOutcome")).isCloseTo(medianOutcome, within(1e-9));
        assertThat((Double) row.get("p90HoursToOutcome")).isCloseTo(p90Outcome, within(1e-9));
    }

    @Test
    void theAdministratorOfTheCcasSeesTheSameAndAnotherCcasSeesNoneOfIt() {
        JsonNode byAuditor = Http.json(indicators(auditor, "?from=2021-02&to=2021-04"));
        HttpResponse<String> byAdmin = indicators(admin, "?from=2021-02&to=2021-04");
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        assertThat(Http.json(byAdmin)).isEqualTo(byAuditor);

        HttpResponse<String> saumur = indicators("admin.passerelle", "?from=2021-02&to=2021-04");
        assertThat(saumur.statusCode()).as(saumur.body()).isEqualTo(200);
        List<JsonNode> ours = new ArrayList<>();
        byAuditor.forEach(ours::add);
        List<JsonNode> theirs = new ArrayList<>();
        Http.json(saumur).forEach(theirs::add);
        assertThat(theirs).doesNotContainAnyElementsOf(ours);
        HttpResponse<String> dpoSaumur = indicators("dpo.saumur", "?from=2021-02&to=2021-04");
        assertThat(dpoSaumur.statusCode()).isEqualTo(200);
        assertThat(Http.json(dpoSaumur)).isEqualTo(Http.json(saumur));
    }

    @Test
    void withoutAPeriodTheLastTwelveMonthsAreShown() {
        // The scenario is in 2021, the default period ends this month.
        HttpResponse<String> recent = indicators(auditor, "");
        assertThat(recent.statusCode()).as(recent.body()).isEqualTo(200);
        assertThat(Http.json(recent)).isEmpty();
        YearMonth now = YearMonth.now(PARIS);
        assertThat(Http.json(indicators(auditor, "?to=2021-04"))).hasSize(3);
        assertThat(Http.json(indicators(auditor, "?from=" + now.minusMonths(11))))
                .isEmpty();
    }

    @Test
    void readingTheIndicatorsIsJournaledAsAnAuditWithNoUsager() throws SQLException {
        HttpResponse<String> read = indicators(auditor, "?from=2021-03&to=2021-03");
        Map<String, String> entry = onlyEntry(read, 200);
        assertThat(entry)
                .containsEntry("action", "AUDIT")
                .containsEntry("outcome", "ALLOW")
                .containsEntry("reason_code", "referral-indicators")
                .containsEntry("username", auditor)
                .containsEntry("person_id", null)
                .containsEntry("case_file_id", null)
                .containsEntry("referral_id", null)
                .containsEntry("organisation_code", organisation);
    }

    @Test
    void noOtherRoleReadsThem() throws SQLException {
        for (String username : List.of(CPAM, "agent.saumur", "accueil.saumur")) {
            HttpResponse<String> refused = indicators(username, "?from=2021-03&to=2021-03");
            Http.assertProblem(refused, 403);
            Map<String, String> entry = onlyEntry(refused, 403);
            assertThat(entry)
                    .as(username)
                    .containsEntry("action", "AUDIT")
                    .containsEntry("outcome", "FORBIDDEN")
                    .containsEntry("reason_code", "role-not-permitted");
        }
        Http.assertProblem(indicators(agent, ""), 403);
        Http.assertProblem(Http.get(Http.api("/indicators/referrals"), null), 401);
    }

    @Test
    void aMonthNotWrittenYyyyMmIsRefused() {
        for (String query : List.of(
                "?from=2021-3",
                "?from=2021-13",
                "?to=mars-2021",
                "?from=2021-03-01",
                "?from=+2021-03",
                "?from=2021-04&to=2021-03",
                "?from=2000-01&to=2021-03")) {
            JsonNode problem = Http.assertProblem(indicators(auditor, query), 422);
            assertThat(problem.path("type").asText()).as(query).endsWith(":invalid-input");
            assertThat(problem.path("errors").toString()).as(query).containsAnyOf("\"from\"", "\"to\"");
        }
    }

    private static HttpResponse<String> indicators(String username, String query) {
        return Http.get(Http.api("/indicators/referrals" + query), Keycloak.token(username));
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s: %s", response.uri(), response.body())
                .isEqualTo(201);
        return response;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s: %s", response.uri(), response.body())
                .isEqualTo(200);
        return response;
    }

    private static JsonNode asAgent(String id) {
        return Http.json(ok(Http.get(Http.api("/referrals/" + id), Keycloak.token(agent))));
    }

    /** The one journal entry a request wrote. */
    private static Map<String, String> onlyEntry(HttpResponse<String> response, int status) throws SQLException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<Map<String, String>> entries = new ArrayList<>();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select action, outcome, reason_code, username, organisation_code, person_id, case_file_id, referral_id"
                                + " from journal_entry where request_id = ? order by id")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> entry = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        entry.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                    }
                    entries.add(entry);
                }
            }
        }
        assertThat(entries).as("entries of %s", response.uri()).hasSize(1);
        return entries.get(0);
    }
}
