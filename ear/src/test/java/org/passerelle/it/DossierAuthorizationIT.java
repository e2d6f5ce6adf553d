package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule S6 over HTTP: role plus assignment inside the CCAS, nothing across organisations. */
@ExtendWith(StackExtension.class)
class DossierAuthorizationIT {

    private static String personId;
    private static String caseId;

    @BeforeAll
    static void aSaumurUsagerWithADossierOfAgentSaumur() {
        personId = TestData.registerPerson("agent.saumur", TestData.person(TestData.unique("Moreau"), TestData.nir()))
                .path("id")
                .asText();
        caseId = TestData.openCase(
                        "agent.saumur", personId, List.of(), Map.of("resources", "ARE", "healthNotes", "Diabète"))
                .path("id")
                .asText();
    }

    @Test
    void anAgentOfTheSameCcasNotOnTheDossierGets403() {
        String other = Keycloak.createUser("ccas-saumur", "ccas-agent");
        String token = Keycloak.token(other);

        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), token), 403);
        Http.assertProblem(Http.get(Http.api("/persons/" + personId), token), 403);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId + "/notes"), token), 403);
    }

    @Test
    void aTeamMemberReadsTheDossier() {
        String member = Keycloak.createUser("ccas-saumur", "ccas-agent");
        String id = TestData.openCase("agent.saumur", personId, List.of(member), Map.of("housing", "Locataire"))
                .path("id")
                .asText();

        HttpResponse<String> read = Http.get(Http.api("/cases/" + id), Keycloak.token(member));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).path("housing").asText()).isEqualTo("Locataire");
    }

    @Test
    void receptionSeesIdentityAndContactOnly() {
        String token = Keycloak.token("accueil.saumur");

        HttpResponse<String> person = Http.get(Http.api("/persons/" + personId), token);

        assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
        JsonNode body = Http.json(person);
        assertThat(body.path("lastName").asText()).startsWith("Moreau");
        assertThat(body.path("phone").asText()).isNotBlank();
        assertThat(body.has("nir")).as("no NIR for reception").isFalse();
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/persons/" + personId + "/nir-reveal"),
                        token,
                        Map.of("reason", "IDENTIFICATION")),
                403);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), token), 403);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId + "/notes"), token), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf.instructeur", "dpo.saumur", "admin.passerelle"})
    void partnersAuditorsAndAdminsGet403OnEveryDossierEndpoint(String username) {
        String token = Keycloak.token(username);
        String nobody = "00000000-0000-0000-0000-000000000000";

        Http.assertProblem(
                Http.send(
                        "POST", Http.api("/persons"), token, TestData.person(TestData.unique("Refus"), TestData.nir())),
                403);
        Http.assertProblem(Http.get(Http.api("/persons/" + personId), token), 403);
        Http.assertProblem(
                Http.send("PUT", Http.api("/persons/" + personId), token, Map.of("phone", "0"), "If-Match", "\"0\""),
                403);
        HttpResponse<String> search =
                Http.send("POST", Http.api("/persons/search"), token, Map.of("nir", TestData.nir()));
        if (username.equals("dpo.saumur")) {
            // The DPO finds usagers by ids only, to restrict a dossier (S15, RestrictionIT): never a field.
            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            assertThat(Http.json(search)).isEmpty();
        } else {
            Http.assertProblem(search, 403);
        }
        Http.assertProblem(Http.send("POST", Http.api("/cases"), token, Map.of("personId", personId)), 403);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), token), 403);
        Http.assertProblem(
                Http.send("PUT", Http.api("/cases/" + caseId), token, Map.of("housing", "x"), "If-Match", "\"0\""),
                403);
        Http.assertProblem(
                Http.send(
                        "PUT",
                        Http.api("/cases/" + caseId + "/team"),
                        token,
                        Map.of("referent", username),
                        "If-Match",
                        "\"0\""),
                403);
        Http.assertProblem(
                Http.send("POST", Http.api("/cases/" + caseId + "/close"), token, null, "If-Match", "\"0\""), 403);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId + "/notes"), token), 403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/cases/" + caseId + "/notes"),
                        token,
                        Map.of("type", "INTERNE", "category", "NOTES", "body", "x")),
                403);
        Http.assertProblem(Http.get(Http.api("/cases/" + nobody), token), 404);
    }

    @Test
    void anAgentOfAnotherCcasGets404NeverTheData() {
        String token = Keycloak.token("agent.vitre");

        for (HttpResponse<String> response : List.of(
                Http.get(Http.api("/persons/" + personId), token),
                Http.get(Http.api("/cases/" + caseId), token),
                Http.get(Http.api("/cases/" + caseId + "/notes"), token),
                Http.send("PUT", Http.api("/cases/" + caseId), token, Map.of("housing", "x"), "If-Match", "\"0\""))) {
            Http.assertProblem(response, 404);
            assertThat(response.body()).doesNotContain("Moreau").doesNotContain("Diabète");
        }
    }
}
