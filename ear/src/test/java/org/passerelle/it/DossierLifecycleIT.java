package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A CCAS agent's work on one usager, end to end: register, find, open, update, notes, close. */
@ExtendWith(StackExtension.class)
class DossierLifecycleIT {

    @Test
    void agentRegistersFindsAndFollowsAnUsager() {
        String lastName = TestData.unique("Lefebvre");
        String nir = TestData.nir();
        String agent = Keycloak.token("agent.saumur");

        JsonNode person = TestData.registerPerson("agent.saumur", TestData.person(lastName, nir));
        String personId = person.path("id").asText();
        assertThat(person.path("lastName").asText()).isEqualTo(lastName);
        assertThat(person.path("nir").asText())
                .as("masked by default (S8)")
                .doesNotContain(nir.substring(0, 11))
                .endsWith(nir.substring(11, 13) + " " + nir.substring(13));

        HttpResponse<String> byNir = Http.send("POST", Http.api("/persons/search"), agent, Map.of("nir", nir));
        assertThat(Http.json(byNir).findValuesAsText("id")).containsExactly(personId);
        HttpResponse<String> byName = Http.send(
                "POST",
                Http.api("/persons/search"),
                agent,
                Map.of("lastName", lastName.toUpperCase(), "firstNames", "elodie  marie", "birthDate", "1984-03-12"));
        assertThat(Http.json(byName).findValuesAsText("id"))
                .as("normalised name search")
                .containsExactly(personId);

        JsonNode caseFile = TestData.openCase(
                "agent.saumur",
                personId,
                List.of(),
                Map.of("household", "Mère seule, deux enfants", "resources", "RSA socle", "healthNotes", "Suivi CMP"));
        HttpResponse<String> revealed = Http.send(
                "POST", Http.api("/persons/" + personId + "/nir-reveal"), agent, Map.of("reason", "OUVERTURE_DROITS"));
        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        assertThat(Http.json(revealed).path("nir").asText())
                .as("in full, for the référent")
                .isEqualTo(nir);
        String caseId = caseFile.path("id").asText();
        assertThat(caseFile.path("referent").asText()).isEqualTo("agent.saumur");
        assertThat(caseFile.path("healthNotes").asText()).isEqualTo("Suivi CMP");

        HttpResponse<String> read = Http.get(Http.api("/cases/" + caseId), agent);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> updated = Http.send(
                "PUT",
                Http.api("/cases/" + caseId),
                agent,
                Map.of("housing", "Hébergement d'urgence"),
                "If-Match",
                etag);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.json(updated).path("housing").asText()).isEqualTo("Hébergement d'urgence");
        assertThat(Http.json(updated).path("resources").asText())
                .as("untouched")
                .isEqualTo("RSA socle");
        assertThat(updated.headers().firstValue("ETag")).get().isNotEqualTo(etag);

        Http.assertProblem(
                Http.send("PUT", Http.api("/cases/" + caseId), agent, Map.of("housing", "Autre"), "If-Match", etag),
                412);
        Http.assertProblem(Http.send("PUT", Http.api("/cases/" + caseId), agent, Map.of("housing", "Autre")), 428);

        HttpResponse<String> note = Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/notes"),
                agent,
                Map.of("type", "INTERNE", "category", "NOTES", "body", "Entretien du jour"));
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        HttpResponse<String> notes = Http.get(Http.api("/cases/" + caseId + "/notes"), agent);
        assertThat(Http.json(notes).findValuesAsText("body")).containsExactly("Entretien du jour");

        String current = Http.get(Http.api("/cases/" + caseId), agent)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> closed =
                Http.send("POST", Http.api("/cases/" + caseId + "/close"), agent, null, "If-Match", current);
        assertThat(Http.json(closed).path("status").asText()).isEqualTo("CLOSED");
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/cases/" + caseId + "/notes"),
                        agent,
                        Map.of("type", "INTERNE", "category", "NOTES", "body", "Trop tard")),
                409);
    }

    @Test
    void registeringTheSameNirTwiceIsAConflict() {
        String nir = TestData.nir();
        TestData.registerPerson("agent.saumur", TestData.person(TestData.unique("Martin"), nir));
        long before = TestData.count("person");

        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/persons"),
                        Keycloak.token("agent.saumur"),
                        TestData.person(TestData.unique("Martin"), nir)),
                409);

        assertThat(TestData.count("person")).isEqualTo(before);
    }
}
