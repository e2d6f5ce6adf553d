package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DPO's register of rights requests and complaints (issue 21, item 3): a RESTRICTION request
 * restricts the usager's open dossier at once, as the DPO restricting it by hand would (the agent
 * then gets 423); a request left unanswered past its due date raises exactly one alert, however
 * many times the check runs; the deadline extends by two months at most, and the answer closes
 * the request, both under If-Match.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on the register being checked every second")
class RightsRequestsIT {

    private static final String AGENT = "agent.saumur";
    private static final String DPO = "dpo.saumur";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    private record Usager(String personId, String caseId) {}

    private static Usager usager() {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Doué"), TestData.nir()))
                .path("id")
                .asText();
        Map<String, Object> situation = new HashMap<>();
        situation.put("housing", "Logement social " + TestData.unique(""));
        String caseId = TestData.openCase(AGENT, personId, List.of(), situation)
                .path("id")
                .asText();
        return new Usager(personId, caseId);
    }

    private static HttpResponse<String> register(String username, String personId, String kind, LocalDate receivedOn) {
        return Http.send(
                "POST",
                Http.api("/rights-requests"),
                Keycloak.token(username),
                Map.of("personId", personId, "kind", kind, "receivedOn", receivedOn.toString(), "channel", "LETTER"));
    }

    private static JsonNode registered(String personId, String kind, LocalDate receivedOn) {
        HttpResponse<String> created = register(DPO, personId, kind, receivedOn);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).isPresent();
        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/api/v1/rights-requests/");
        return Http.json(created);
    }

    @Test
    void aRestrictionRequestRestrictsTheUsagersOpenDossierAtOnce() throws SQLException {
        Usager u = usager();
        assertThat(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(AGENT))
                        .statusCode())
                .isEqualTo(200);

        JsonNode request = registered(u.personId(), "RESTRICTION", TODAY);

        assertThat(request.path("status").asText()).isEqualTo("OPEN");
        assertThat(request.path("dueOn").asText()).isEqualTo(TODAY.plusMonths(1).toString());
        assertThat(request.path("overdue").asBoolean()).isFalse();
        assertThat(request.path("restrictedCaseFileIds").toString()).contains(u.caseId());
        JsonNode problem = Http.assertProblem(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(AGENT)), 423);
        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:restricted");
        assertThat(journaled(u.caseId(), "RESTRICT"))
                .as("journaled as the DPO restricting by hand")
                .isEqualTo(1);
        JsonNode dossierRestriction = Http.json(
                Http.send("DELETE", Http.api("/cases/" + u.caseId() + "/restriction"), Keycloak.token(DPO), null));
        assertThat(dossierRestriction.path("restricted").asBoolean())
                .as("the DPO lifts it as any restriction")
                .isFalse();
    }

    @Test
    void anUnansweredRequestPastItsDueDateRaisesExactlyOneAlert() {
        Usager u = usager();

        JsonNode request = registered(u.personId(), "ACCESS", TODAY.minusMonths(2));
        String id = request.path("id").asText();

        assertThat(request.path("overdue").asBoolean()).isTrue();
        assertThat(request.path("restrictedCaseFileIds").size())
                .as("only a restriction request restricts")
                .isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsFor(u.personId()) == 1);
        // The check runs every second: several more runs must not raise another.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> alertsFor(u.personId()) == 1);
        JsonNode queue =
                Http.json(Http.get(Http.api("/alerts?kind=RIGHTS_REQUEST_OVERDUE&size=500"), Keycloak.token(DPO)));
        assertThat(queue.path("alerts").findValuesAsText("personId")).containsOnlyOnce(u.personId());
        assertThat(queue.toString()).contains(id);
        JsonNode overdue = Http.json(Http.get(Http.api("/rights-requests?overdue=true&size=500"), Keycloak.token(DPO)));
        assertThat(overdue.path("requests").findValuesAsText("id")).contains(id);
    }

    @Test
    void theDeadlineExtendsByTwoMonthsAtMostAndTheAnswerClosesTheRequest() {
        Usager u = usager();
        JsonNode request = registered(u.personId(), "RECTIFICATION", TODAY.minusDays(3));
        String id = request.path("id").asText();
        String path = "/rights-requests/" + id;

        HttpResponse<String> read = Http.get(Http.api(path), Keycloak.token(DPO));
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api(path + "/extension"),
                        Keycloak.token(DPO),
                        Map.of("months", 2, "reason", "COMPLEXITY")),
                428);
        HttpResponse<String> extended = Http.send(
                "POST",
                Http.api(path + "/extension"),
                Keycloak.token(DPO),
                Map.of("months", 2, "reason", "COMPLEXITY"),
                "If-Match",
                etag);
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(Http.json(extended).path("dueOn").asText())
                .isEqualTo(TODAY.minusDays(3).plusMonths(3).toString());
        String after = extended.headers().firstValue("ETag").orElseThrow();
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api(path + "/extension"),
                        Keycloak.token(DPO),
                        Map.of("months", 1, "reason", "NUMBER_OF_REQUESTS"),
                        "If-Match",
                        after),
                409);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api(path + "/answer"),
                        Keycloak.token(DPO),
                        Map.of("answeredOn", TODAY.toString(), "outcome", "GRANTED"),
                        "If-Match",
                        etag),
                412);
        HttpResponse<String> answered = Http.send(
                "POST",
                Http.api(path + "/answer"),
                Keycloak.token(DPO),
                Map.of("answeredOn", TODAY.toString(), "outcome", "GRANTED"),
                "If-Match",
                after);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Http.json(answered).path("status").asText()).isEqualTo("ANSWERED");
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api(path + "/answer"),
                        Keycloak.token(DPO),
                        Map.of("answeredOn", TODAY.toString(), "outcome", "REFUSED"),
                        "If-Match",
                        answered.headers().firstValue("ETag").orElseThrow()),
                409);
    }

    @Test
    void badInputIsA4xxProblemAndOnlyTheDpoRegisters() {
        Usager u = usager();
        Http.assertProblem(register(DPO, u.personId(), "GOSSIP", TODAY), 400);
        Http.assertProblem(register(DPO, u.personId(), "ACCESS", TODAY.plusDays(2)), 422);
        Http.assertProblem(register(DPO, "00000000-0000-0000-0000-000000000000", "ACCESS", TODAY), 404);
        Http.assertProblem(register(AGENT, u.personId(), "ACCESS", TODAY), 403);
        Http.assertProblem(register("agent.vitre", u.personId(), "ACCESS", TODAY), 403);
    }

    private static long journaled(String caseId, String action) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from journal_entry where case_file_id = ?::uuid"
                                + " and action = ? and outcome = 'ALLOW'")) {
            s.setString(1, caseId);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long alertsFor(String personId) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from alert where kind = 'RIGHTS_REQUEST_OVERDUE' and person_id = ?::uuid")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
