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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working lists of issue 18 (items 5 and 3): the agent's orientations and the partner's inbox
 * filtered by query parameters and paged, ended orientations kept as metadata; the CCAS manager's
 * team lists, and the manager changing a dossier's référent through the same gate and journal.
 * Its own agents (created for the class), so that their lists hold only what this class made.
 */
@ExtendWith(StackExtension.class)
class WorkingListsIT {

    private static final String MANAGER = "responsable.saumur";
    private static final String DEPT = "dept.referent";
    private static final List<String> PICK = List.of("person.lastName", "case.housing");

    private static String agent;
    private static String colleague;
    private static String caseA;
    private static String caseB;
    /** Sent to the Département, left as it is: unanswered, not yet taken. */
    private static String waiting;
    /** Sent to the Département, urgent, accepted by its caseworker: taken. */
    private static String accepted;
    /** Sent to the CAF, then withdrawn: ended, still listed. */
    private static String cancelled;
    /** Sent to the Département under a one-day reminder (a second here): soon overdue. */
    private static String overdue;

    @BeforeAll
    static void setUp() {
        agent = Keycloak.createUser("ccas-saumur", "ccas-agent");
        colleague = Keycloak.createUser("ccas-saumur", "ccas-agent");
        caseA = dossier(List.of(colleague));
        caseB = dossier(List.of());
        // Days last a second on the test stack: the calm convention's reminder (300 working days) and
        // expiry (365 days) come long after this class has run; the quick one's reminder at once.
        String calm = TestData.housingConvention("liste", 300, 200, 365);
        String quick = TestData.housingConvention("liste-relance", 1, null, 365);
        waiting = TestData.sent(agent, TestData.draftBody(caseA, "dept-49", "SOCIAL_ACTION", calm, PICK));
        Map<String, Object> urgent = TestData.draftBody(caseA, "dept-49", "SOCIAL_ACTION", calm, PICK);
        urgent.put("urgency", "URGENT");
        accepted = TestData.sent(agent, urgent);
        HttpResponse<String> accept = Http.send(
                "POST", Http.api("/partner/referrals/" + accepted + "/accept"), Keycloak.token(DEPT), Map.of());
        assertThat(accept.statusCode()).as(accept.body()).isEqualTo(200);
        cancelled =
                TestData.sent(agent, TestData.draftBody(caseB, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", PICK));
        HttpResponse<String> cancel = Http.send(
                "POST",
                Http.api("/referrals/" + cancelled + "/cancel"),
                Keycloak.token(agent),
                Map.of("reasonCode", "SITUATION_CHANGED"));
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        overdue = TestData.sent(agent, TestData.draftBody(caseB, "dept-49", "SOCIAL_ACTION", quick, PICK));
        await("the reminder date of the Département's orientation")
                .atMost(Duration.ofSeconds(30))
                .until(() -> ids(list(agent, "?overdue=true")).contains(overdue));
    }

    /** A new usager of the agent's, a dossier with this team, prior notice for the CAF and the Département. */
    private static String dossier(List<String> team) {
        String personId = TestData.registerPerson(agent, TestData.person(TestData.unique("Liste"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(agent, personId, team, new HashMap<>(Map.of("housing", "Hébergée")))
                .path("id")
                .asText();
        TestData.recordPriorNotice(agent, personId, "caf-49", List.of("IDENTITY", "HOUSING"));
        TestData.recordPriorNotice(agent, personId, "dept-49", List.of("IDENTITY", "HOUSING"));
        return caseId;
    }

    @Test
    void theAgentsListIsFilteredByItsQueryAndKeepsEndedOrientations() {
        assertThat(ids(list(agent, ""))).containsExactlyInAnyOrder(waiting, accepted, cancelled, overdue);
        assertThat(ids(list(agent, "?status=CANCELLED")))
                .as("an ended orientation stays listed")
                .containsExactly(cancelled);
        assertThat(ids(list(agent, "?status=SENT&status=ACCEPTED")))
                .containsExactlyInAnyOrder(waiting, accepted, overdue);
        assertThat(ids(list(agent, "?partner=caf-49"))).containsExactly(cancelled);
        assertThat(ids(list(agent, "?partner=dept-49"))).containsExactlyInAnyOrder(waiting, accepted, overdue);
        assertThat(ids(list(agent, "?urgency=urgent"))).containsExactly(accepted);
        assertThat(ids(list(agent, "?overdue=true"))).containsExactly(overdue);
        assertThat(ids(list(agent, "?overdue=false"))).containsExactlyInAnyOrder(waiting, accepted, cancelled);
        assertThat(ids(list(agent, "?scope=untaken")))
                .as("open, and no caseworker holds it")
                .containsExactlyInAnyOrder(waiting, overdue);
        assertThat(ids(list(agent, "?agent=" + agent))).hasSize(4);
        assertThat(ids(list(agent, "?agent=agent.saumur"))).isEmpty();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertThat(ids(list(agent, "?from=" + today + "&to=" + today))).hasSize(4);
        assertThat(ids(list(agent, "?from=" + today.plusDays(1)))).isEmpty();
        assertThat(ids(list(agent, "?to=" + today.minusDays(1)))).isEmpty();
        assertThat(ids(list(agent, "?partner=dept-49&status=SENT&urgency=NORMAL&overdue=false&scope=mine")))
                .containsExactly(waiting);
    }

    @Test
    void theTeamSeesTheDossiersOrientationsButMineIsWhatISent() {
        assertThat(ids(list(colleague, "")))
                .as("the colleague is on the first dossier's team")
                .containsExactlyInAnyOrder(waiting, accepted);
        assertThat(ids(list(colleague, "?scope=team"))).containsExactlyInAnyOrder(waiting, accepted);
        assertThat(ids(list(colleague, "?scope=mine"))).isEmpty();
        assertThat(ids(list(agent, "?scope=mine"))).hasSize(4);
    }

    @Test
    void theAgentsListIsPagedWithItsTotalInAHeader() {
        HttpResponse<String> first = list(agent, "?size=3");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("4");
        assertThat(ids(first)).hasSize(3);
        assertThat(first.headers().allValues("Link"))
                .anySatisfy(link -> assertThat(link).contains("page=1").contains("rel=\"next\""));
        HttpResponse<String> second = list(agent, "?size=3&page=1");
        assertThat(ids(second)).hasSize(1);
        assertThat(second.headers().allValues("Link"))
                .noneSatisfy(link -> assertThat(link).contains("rel=\"next\""));
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).containsExactlyInAnyOrder(waiting, accepted, cancelled, overdue);
        assertThat(ids(first).get(0)).as("overdue ones first").isEqualTo(overdue);
        assertThat(ids(list(agent, "?size=3&page=7"))).isEmpty();
    }

    @Test
    void aWrongFilterIsA422NamingIt() {
        for (String query : List.of(
                "?status=LOST",
                "?partner=CAF_49",
                "?urgency=soon",
                "?overdue=yes",
                "?agent=Jean%20Dupont",
                "?from=2026-13-01",
                "?from=01/12/2026",
                "?from=2026-12-10&to=2026-12-01",
                "?scope=everyone",
                "?page=-1",
                "?size=0",
                "?size=abc")) {
            HttpResponse<String> refused = Http.get(Http.api("/referrals" + query), Keycloak.token(agent));
            JsonNode problem = Http.assertProblem(refused, 422);
            assertThat(problem.toString()).as(query).contains(query.substring(1, query.indexOf('=')));
        }
        Http.assertProblem(Http.get(Http.api("/partner/referrals?scope=nobody"), Keycloak.token(DEPT)), 422);
    }

    @Test
    void thePartnersInboxIsFilteredByWhoHoldsItAndPaged() {
        String token = Keycloak.token(DEPT);
        List<String> mine = ids(Http.get(Http.api("/partner/referrals?scope=mine&size=500"), token));
        assertThat(mine).contains(accepted).doesNotContain(waiting);
        List<String> untaken = ids(Http.get(Http.api("/partner/referrals?scope=untaken&size=500"), token));
        assertThat(untaken).contains(waiting).doesNotContain(accepted);
        assertThat(ids(Http.get(Http.api("/partner/referrals?agent=" + DEPT + "&size=500"), token)))
                .contains(accepted)
                .doesNotContain(waiting);
        assertThat(ids(Http.get(Http.api("/partner/referrals?urgency=URGENT&status=ACCEPTED&size=500"), token)))
                .contains(accepted);
        assertThat(ids(Http.get(Http.api("/partner/referrals?status=CANCELLED"), token)))
                .as("ended: the partner's access is over (S7)")
                .isEmpty();
        HttpResponse<String> one = Http.get(Http.api("/partner/referrals?size=1"), token);
        assertThat(ids(one)).hasSize(1);
        assertThat(Long.parseLong(one.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theManagerSeesWhoFollowsWhatAndWhatWaitsWithoutContent() throws SQLException {
        HttpResponse<String> response = Http.get(Http.api("/team"), Keycloak.token(MANAGER));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode team = Http.json(response);
        JsonNode mine = agentRow(team, agent);
        assertThat(texts(mine.path("referentOf"))).contains(caseA, caseB);
        assertThat(mine.path("open").asInt()).as("cancelled left out").isEqualTo(3);
        assertThat(mine.path("unanswered").asInt()).isEqualTo(2);
        assertThat(mine.path("overdue").asInt()).isEqualTo(1);
        assertThat(texts(mine.path("overdueIds"))).containsExactly(overdue);
        assertThat(texts(agentRow(team, colleague).path("teamMemberOf"))).containsExactly(caseA);
        JsonNode dept = null;
        for (JsonNode partner : team.path("partners")) {
            if (partner.path("partner").asText().equals("dept-49")) {
                dept = partner;
            }
        }
        assertThat(dept).isNotNull();
        assertThat(dept.path("overdue").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(dept.path("unanswered").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(response.body())
                .as("no usager's data in the manager's lists")
                .doesNotContain("Liste")
                .doesNotContain("Hébergée");
        assertThat(entries(response))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("action", "READ")
                        .containsEntry("outcome", "ALLOW")
                        .containsEntry("reason_code", "team-working-lists")
                        .containsEntry("username", MANAGER));

        for (String other : List.of(agent, "accueil.saumur", "dpo.saumur", DEPT)) {
            HttpResponse<String> refused = Http.get(Http.api("/team"), Keycloak.token(other));
            Http.assertProblem(refused, 403);
            assertThat(entries(refused)).as(other).anySatisfy(e -> assertThat(e).containsEntry("outcome", "FORBIDDEN"));
        }
    }

    @Test
    void theManagerChangesAReferentThroughTheGateWithoutOpeningTheDossier() throws SQLException {
        String caseId = dossier(List.of());
        JsonNode team = Http.json(Http.get(Http.api("/team"), Keycloak.token(MANAGER)));
        long version = -1;
        for (JsonNode dossier : team.path("dossiers")) {
            if (dossier.path("id").asText().equals(caseId)) {
                version = dossier.path("version").asLong();
            }
        }
        assertThat(version).as("the dossier is in the manager's list").isNotNegative();
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), Keycloak.token(colleague)), 403);

        HttpResponse<String> changed = Http.send(
                "PUT",
                Http.api("/cases/" + caseId + "/team"),
                Keycloak.token(MANAGER),
                Map.of("referent", colleague, "team", List.of()),
                "If-Match",
                "\"" + version + "\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode body = Http.json(changed);
        assertThat(body.path("referent").asText()).isEqualTo(colleague);
        assertThat(changed.body()).as("the manager opens nothing").doesNotContain("Hébergée");
        assertThat(entries(changed))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("action", "UPDATE")
                        .containsEntry("outcome", "ALLOW")
                        .containsEntry("reason_code", "manager-assignment")
                        .containsEntry("case_file_id", caseId)
                        .containsEntry("username", MANAGER));

        assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(colleague))
                        .statusCode())
                .as("the new référent follows it")
                .isEqualTo(200);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), Keycloak.token(agent)), 403);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), Keycloak.token(MANAGER)), 403);
        // A stale version is refused like anyone's.
        Http.assertProblem(
                Http.send(
                        "PUT",
                        Http.api("/cases/" + caseId + "/team"),
                        Keycloak.token(MANAGER),
                        Map.of("referent", agent, "team", List.of()),
                        "If-Match",
                        "\"" + version + "\""),
                412);
    }

    @Test
    void theManagerReadsTheIndicators() {
        HttpResponse<String> read = Http.get(Http.api("/indicators/referrals"), Keycloak.token(MANAGER));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    }

    private static HttpResponse<String> list(String username, String query) {
        HttpResponse<String> response = Http.get(Http.api("/referrals" + query), Keycloak.token(username));
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Http.json(response).forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static JsonNode agentRow(JsonNode team, String username) {
        for (JsonNode row : team.path("agents")) {
            if (row.path("username").asText().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " not in " + team.path("agents"));
    }

    private static List<Map<String, String>> entries(HttpResponse<String> response) throws SQLException {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<Map<String, String>> entries = new ArrayList<>();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select action, outcome, reason_code, username, case_file_id from journal_entry"
                                + " where request_id = ? order by id")) {
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
        return entries;
    }
}
