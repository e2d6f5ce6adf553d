package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dossier's date of last contact, from which its retention runs (S13): every meaningful act
 * moves it to today (a note, an update, a consent or prior notice of its usager, an orientation
 * sent, a partner's answer), a read does not, and it never changes the dossier's version.
 */
@ExtendWith(StackExtension.class)
class LastContactIT {

    private static final String AGENT = "agent.saumur";
    private static final String CAF = "caf.instructeur";
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 15);

    @Test
    void everyMeaningfulActMovesTheLastContactAndAReadDoesNot() throws SQLException {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Contact"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(AGENT, personId, List.of(), new HashMap<>(Map.of("housing", "Hébergée")))
                .path("id")
                .asText();
        assertThat(lastContact(caseId)).isEqualTo(today());

        longAgo(caseId);
        String etag = etag(caseId);
        assertThat(lastContact(caseId)).as("a read").isEqualTo(LONG_AGO);

        HttpResponse<String> note = Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/notes"),
                Keycloak.token(AGENT),
                Map.of("type", "INTERNE", "category", "HOUSING", "body", "Rendez-vous au CCAS"));
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        assertThat(lastContact(caseId)).as("a note").isEqualTo(today());
        assertThat(etag(caseId)).as("the dossier's version").isEqualTo(etag);

        longAgo(caseId);
        HttpResponse<String> update = Http.send(
                "PUT",
                Http.api("/cases/" + caseId),
                Keycloak.token(AGENT),
                Map.of("housing", "Hébergée chez un tiers"),
                "If-Match",
                etag);
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(Http.json(update).path("lastContactOn").asText())
                .as("the update's own answer")
                .isEqualTo(today().toString());

        longAgo(caseId);
        TestData.recordPriorNotice(AGENT, personId, "caf-49", List.of("IDENTITY", "HOUSING"));
        assertThat(lastContact(caseId)).as("a prior notice").isEqualTo(today());

        longAgo(caseId);
        Map<String, Object> draft = TestData.draftBody(
                caseId, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", List.of("person.lastName", "case.housing"));
        String referralId = TestData.sent(AGENT, draft);
        assertThat(lastContact(caseId)).as("an orientation sent").isEqualTo(today());

        longAgo(caseId);
        HttpResponse<String> accepted = Http.send(
                "POST", Http.api("/partner/referrals/" + referralId + "/accept"), Keycloak.token(CAF), Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(lastContact(caseId)).as("the partner's answer").isEqualTo(today());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static JsonNode dossier(String caseId) {
        HttpResponse<String> read = Http.get(Http.api("/cases/" + caseId), Keycloak.token(AGENT));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Http.json(read);
    }

    private static LocalDate lastContact(String caseId) {
        return LocalDate.parse(dossier(caseId).path("lastContactOn").asText());
    }

    private static String etag(String caseId) {
        return Http.get(Http.api("/cases/" + caseId), Keycloak.token(AGENT))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    /** As if nothing had happened on the dossier for almost three years. */
    private static void longAgo(String caseId) throws SQLException {
        try (Connection db = Stack.database();
                PreparedStatement update =
                        db.prepareStatement("update case_file set last_contact_on = ? where id = ?")) {
            update.setObject(1, LONG_AGO);
            update.setObject(2, UUID.fromString(caseId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
