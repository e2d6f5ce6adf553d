package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S8: the NIR in full is an action of its own, for a coded reason, for those who follow the usager;
 * reception never searches by it; a duplicate NIR names the other usager only to who may open them.
 */
@ExtendWith(StackExtension.class)
class NirIsRevealedForAReasonIT {

    private static final String AGENT = "agent.saumur";

    @Test
    void theReferentSeesTheFullNirForAReasonAndTheEntrySaysWhy() {
        String nir = TestData.nir();
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Nir"), nir))
                .path("id")
                .asText();
        TestData.openCase(AGENT, personId, List.of(), new HashMap<>());

        HttpResponse<String> read = Http.get(Http.api("/persons/" + personId), Keycloak.token(AGENT));
        assertThat(Http.json(read).path("nir").asText())
                .as("masked on a read")
                .isNotEqualTo(nir)
                .endsWith(nir.substring(13));

        HttpResponse<String> revealed = reveal(AGENT, personId, Map.of("reason", "ECHANGE_ORGANISME"));
        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        assertThat(Http.json(revealed).path("nir").asText()).isEqualTo(nir);
        assertThat(revealed.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(entry(revealed)).containsExactly("NIR_REVEAL", "ALLOW", "nir-reveal-exchange", "person.nir");

        Http.assertProblem(reveal(AGENT, personId, Map.of()), 422);
        assertThat(Http.assertProblem(reveal(AGENT, personId, Map.of("reason", "CURIOSITE")), 400))
                .isNotNull();
    }

    @Test
    void nobodyElseSeesItInFullNotEvenAnAgentOfTheCcasBeforeAnyDossier() {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Nir"), TestData.nir()))
                .path("id")
                .asText();
        String colleague = Keycloak.createUser("ccas-saumur", "ccas-agent");

        HttpResponse<String> byColleague = reveal(colleague, personId, Map.of("reason", "IDENTIFICATION"));
        Http.assertProblem(byColleague, 403);
        assertThat(entry(byColleague))
                .containsExactly("NIR_REVEAL", "FORBIDDEN", "nir-reveal-not-permitted", "person.nir");
        Http.assertProblem(reveal("accueil.saumur", personId, Map.of("reason", "IDENTIFICATION")), 403);
        Http.assertProblem(reveal("agent.vitre", personId, Map.of("reason", "IDENTIFICATION")), 404);
        Http.assertProblem(reveal("dpo.saumur", personId, Map.of("reason", "IDENTIFICATION")), 403);
    }

    @Test
    void receptionCannotSearchByNir() {
        String nir = TestData.nir();
        TestData.registerPerson(AGENT, TestData.person(TestData.unique("Nir"), nir));

        HttpResponse<String> search =
                Http.send("POST", Http.api("/persons/search"), Keycloak.token("accueil.saumur"), Map.of("nir", nir));

        Http.assertProblem(search, 403);
        assertThat(entry(search)).containsExactly("SEARCH", "FORBIDDEN", "nir-search-not-permitted", "person.nir");
    }

    @Test
    void aDuplicateNirNamesTheOtherUsagerOnlyToWhoMayOpenThem() {
        String nir = TestData.nir();
        String existing = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Nir"), nir))
                .path("id")
                .asText();
        TestData.openCase(AGENT, existing, List.of(), new HashMap<>());
        String colleague = Keycloak.createUser("ccas-saumur", "ccas-agent");

        HttpResponse<String> byColleague = Http.send(
                "POST",
                Http.api("/persons"),
                Keycloak.token(colleague),
                TestData.person(TestData.unique("Autre"), nir));
        JsonNode problem = Http.assertProblem(byColleague, 409);
        assertThat(problem.toString()).doesNotContain(existing);
        assertThat(entry(byColleague)).containsExactly("CREATE", "FORBIDDEN", "duplicate-nir", "person.nir");

        JsonNode toReferent = Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/persons"),
                        Keycloak.token(AGENT),
                        TestData.person(TestData.unique("Autre"), nir)),
                409);
        assertThat(toReferent.path("detail").asText()).contains(existing);
    }

    private static HttpResponse<String> reveal(String username, String personId, Map<String, String> body) {
        return Http.send("POST", Http.api("/persons/" + personId + "/nir-reveal"), Keycloak.token(username), body);
    }

    /** The request's one journal entry: action, outcome, reason code, fields. */
    private static List<String> entry(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select action, outcome, reason_code, fields from journal_entry where request_id = ?")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("an entry for request %s", requestId).isTrue();
                List<String> entry = List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                assertThat(rs.next()).as("one entry only").isFalse();
                return entry;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
