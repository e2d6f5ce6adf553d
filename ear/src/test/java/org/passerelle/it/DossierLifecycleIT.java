package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A CCAS agent's work on one usager, end to end: register, find, open, update, notes, close, reopen. */
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

        // The usager comes back: the référent reopens the dossier and writes in it again.
        String closedVersion = closed.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> reopened =
                Http.send("POST", Http.api("/cases/" + caseId + "/reopen"), agent, null, "If-Match", closedVersion);
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(Http.json(reopened).path("status").asText()).isEqualTo("OPEN");
        assertThat(Http.json(reopened).path("closedAt").isMissingNode()
                        || Http.json(reopened).path("closedAt").isNull())
                .isTrue();
        HttpResponse<String> again = Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/notes"),
                agent,
                Map.of("type", "INTERNE", "category", "NOTES", "body", "De retour"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        String open = reopened.headers().firstValue("ETag").orElseThrow();
        assertThat(Http.assertProblem(
                                Http.send(
                                        "POST",
                                        Http.api("/cases/" + caseId + "/reopen"),
                                        agent,
                                        null,
                                        "If-Match",
                                        open),
                                409)
                        .path("type")
                        .asText())
                .endsWith("dossier-open");
    }

    /**
     * S7: closing a dossier cancels its open orientations, drafts included, and the partner's reads
     * end with them; reopening it (the usager came back) revives none of them.
     */
    @Test
    void closingEndsTheOrientationsAndReopeningRevivesNone() {
        String agent = Keycloak.token("agent.saumur");
        String caf = Keycloak.token("caf.instructeur");
        String accepted = TestData.sentToTheCaf("agent.saumur", "acces-aux-droits");
        JsonNode read = Http.json(Http.get(Http.api("/referrals/" + accepted), agent));
        String caseId = read.path("caseFileId").asText();
        HttpResponse<String> accepting =
                Http.send("POST", Http.api("/partner/referrals/" + accepted + "/accept"), caf, Map.of());
        assertThat(accepting.statusCode()).as(accepting.body()).isEqualTo(200);
        assertThat(Http.get(Http.api("/partner/referrals/" + accepted), caf).statusCode())
                .isEqualTo(200);
        HttpResponse<String> drafted = Http.send(
                "POST",
                Http.api("/referrals"),
                agent,
                TestData.draftBody(caseId, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", List.of("person.lastName")));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String draft = Http.json(drafted).path("id").asText();

        HttpResponse<String> closed = Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/close"),
                agent,
                null,
                "If-Match",
                Http.get(Http.api("/cases/" + caseId), agent)
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        for (String id : List.of(accepted, draft)) {
            JsonNode referral = Http.json(Http.get(Http.api("/referrals/" + id), agent));
            assertThat(referral.path("status").asText()).as(id).isEqualTo("CANCELLED");
            assertThat(referral.path("timeline").findValuesAsText("reasonCode")).contains("case-closed");
        }
        Http.assertProblem(Http.get(Http.api("/partner/referrals/" + accepted), caf), 403);

        HttpResponse<String> reopened = Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/reopen"),
                agent,
                null,
                "If-Match",
                closed.headers().firstValue("ETag").orElseThrow());
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(Http.json(Http.get(Http.api("/referrals/" + accepted), agent))
                        .path("status")
                        .asText())
                .isEqualTo("CANCELLED");
        Http.assertProblem(Http.get(Http.api("/partner/referrals/" + accepted), caf), 403);
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
