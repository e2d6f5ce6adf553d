package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** S6 break-glass and S12 alerts: an agent opens 50 dossiers they are not on; the DPO sees it and reviews. */
@ExtendWith(StackExtension.class)
@OwnStack("counts on alerts at any hour")
class BreakGlassAndAlertsIT {

    private static final String REASON = "Référent absent, usager reçu en urgence à l'accueil";

    @Test
    void fiftyBreakGlassOpeningsRaiseTheExpectedAlertsWhichTheDpoReviews() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String personId = TestData.registerPerson(
                            "agent.saumur", TestData.person(TestData.unique("Bris"), TestData.nir()))
                    .path("id")
                    .asText();
            cases.add(TestData.openCase("agent.saumur", personId, List.of(), Map.of("housing", "Sans domicile stable"))
                    .path("id")
                    .asText());
        }
        String agent = Keycloak.createUser("ccas-saumur", "ccas-agent");
        String token = Keycloak.token(agent);

        for (String caseId : cases) {
            Http.assertProblem(Http.get(Http.api("/cases/" + caseId), token), 403);
            HttpResponse<String> opened =
                    Http.send("POST", Http.api("/cases/" + caseId + "/break-glass"), token, Map.of("reason", REASON));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            assertThat(Http.json(opened).path("expiresAt").asText()).isNotBlank();
            HttpResponse<String> read = Http.get(Http.api("/cases/" + caseId), token);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            assertThat(Http.json(read).path("housing").asText()).isEqualTo("Sans domicile stable");
            JournalIT.Entry entry = JournalIT.onlyEntryOf(read, 200);
            assertThat(entry.breakGlass())
                    .as("the read is journaled as break-glass")
                    .isTrue();
        }
        Http.assertProblem(
                Http.send(
                        "PUT", Http.api("/cases/" + cases.get(0)), token, Map.of("housing", "x"), "If-Match", "\"0\""),
                403);

        String dpo = Keycloak.token("dpo.saumur");
        List<JsonNode> mine = alertsOf(dpo, agent);
        assertThat(mine.stream().filter(a -> a.path("kind").asText().equals("BREAK_GLASS")))
                .hasSize(50);
        assertThat(mine.stream().filter(a -> a.path("kind").asText().equals("UNASSIGNED_READ")))
                .hasSize(50);
        assertThat(mine.stream().filter(a -> a.path("kind").asText().equals("READ_BURST")))
                .hasSize(1);
        assertThat(mine).allSatisfy(a -> assertThat(a.path("state").asText()).isEqualTo("OPEN"));

        JsonNode alert = mine.stream()
                .filter(a -> a.path("kind").asText().equals("BREAK_GLASS"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> reviewed = Http.send(
                "PUT",
                Http.api("/alerts/" + alert.path("id").asText() + "/review"),
                dpo,
                Map.of("state", "JUSTIFIED", "note", "Permanence du samedi, référente en congé."));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(Http.json(reviewed).path("state").asText()).isEqualTo("JUSTIFIED");
        assertThat(Http.json(reviewed).path("reviewedBy").asText()).isEqualTo("dpo.saumur");
        Http.assertProblem(
                Http.send(
                        "PUT",
                        Http.api("/alerts/" + alert.path("id").asText() + "/review"),
                        dpo,
                        Map.of("state", "ESCALATED", "note", "Second avis")),
                409);
        Http.assertProblem(
                Http.send(
                        "PUT",
                        Http.api("/alerts/" + alert.path("id").asText() + "/review"),
                        Keycloak.token(Keycloak.createUser("ccas-vitre", "auditor")),
                        Map.of("state", "ESCALATED", "note", "Pas le mien")),
                404);
    }

    @Test
    void breakGlassNeedsAReasonAndAnAgentOfTheSameCcas() {
        String personId = TestData.registerPerson(
                        "agent.saumur", TestData.person(TestData.unique("Verre"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase("agent.saumur", personId, List.of(), Map.of())
                .path("id")
                .asText();
        String agent = Keycloak.token(Keycloak.createUser("ccas-saumur", "ccas-agent"));

        Http.assertProblem(
                Http.send("POST", Http.api("/cases/" + caseId + "/break-glass"), agent, Map.of("reason", "urgent")),
                422);
        Http.assertProblem(Http.send("POST", Http.api("/cases/" + caseId + "/break-glass"), agent, Map.of()), 422);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/cases/" + caseId + "/break-glass"),
                        Keycloak.token("accueil.saumur"),
                        Map.of("reason", REASON)),
                403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/cases/" + caseId + "/break-glass"),
                        Keycloak.token("agent.vitre"),
                        Map.of("reason", REASON)),
                404);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/cases/" + caseId + "/break-glass"),
                        Keycloak.token("agent.saumur"),
                        Map.of("reason", REASON)),
                422);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), agent), 403);
    }

    private static List<JsonNode> alertsOf(String dpoToken, String username) {
        List<JsonNode> alerts = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = Http.get(Http.api("/alerts?size=500&page=" + page), dpoToken);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = Http.json(response);
            StreamSupport.stream(body.path("alerts").spliterator(), false)
                    .filter(a -> a.path("username").asText().equals(username))
                    .forEach(alerts::add);
            if ((long) (page + 1) * 500 >= body.path("total").asLong()) {
                return alerts;
            }
        }
    }
}
