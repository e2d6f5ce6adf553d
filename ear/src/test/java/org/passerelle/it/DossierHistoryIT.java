package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A dossier's history: who changed which field when; values only to those allowed to see them now. */
@ExtendWith(StackExtension.class)
class DossierHistoryIT {

    @Test
    void historyNamesWhoChangedWhatAndShowsValuesOnlyToThoseAllowedNow() {
        String member = Keycloak.createUser("ccas-saumur", "ccas-agent");
        String agent = Keycloak.token("agent.saumur");
        String personId = TestData.registerPerson(
                        "agent.saumur", TestData.person(TestData.unique("Garnier"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase("agent.saumur", personId, List.of(member), Map.of("resources", "AAH"))
                .path("id")
                .asText();
        String etag = Http.get(Http.api("/cases/" + caseId), agent)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        Http.send("PUT", Http.api("/cases/" + caseId), agent, Map.of("housing", "Logement social"), "If-Match", etag);

        HttpResponse<String> asMember = Http.get(Http.api("/cases/" + caseId + "/history"), Keycloak.token(member));

        assertThat(asMember.statusCode()).as(asMember.body()).isEqualTo(200);
        JsonNode history = Http.json(asMember);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("kind").asText()).isEqualTo("ADD");
        assertThat(history.get(0).path("username").asText()).isEqualTo("agent.saumur");
        assertThat(history.get(0).path("changed").toString()).contains("case.resources", "case.referent", "case.team");
        assertThat(history.get(0).path("values").path("case.resources").asText())
                .isEqualTo("AAH");
        assertThat(history.get(1).path("kind").asText()).isEqualTo("MOD");
        assertThat(history.get(1).path("changed").toString()).isEqualTo("[\"case.housing\"]");
        assertThat(history.get(1).path("values").path("case.housing").asText()).isEqualTo("Logement social");

        // Taken off the team, the member may no longer read the dossier, nor its history.
        String current = Http.get(Http.api("/cases/" + caseId), agent)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> reassigned = Http.send(
                "PUT",
                Http.api("/cases/" + caseId + "/team"),
                agent,
                Map.of("referent", "agent.saumur", "team", List.of()),
                "If-Match",
                current);
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        HttpResponse<String> after = Http.get(Http.api("/cases/" + caseId + "/history"), Keycloak.token(member));
        Http.assertProblem(after, 403);
        assertThat(after.body()).doesNotContain("AAH").doesNotContain("Logement social");
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId + "/history"), Keycloak.token("accueil.saumur")), 403);
    }
}
