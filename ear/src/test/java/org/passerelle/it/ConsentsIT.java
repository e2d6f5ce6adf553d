package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prior notices and consents (S4, S5): recorded by the agents who follow the usager, withdrawn for good. */
@ExtendWith(StackExtension.class)
class ConsentsIT {

    private static String personId;

    @BeforeAll
    static void aSaumurUsagerFollowedByAgentSaumur() {
        personId = TestData.registerPerson("agent.saumur", TestData.person(TestData.unique("Guérin"), TestData.nir()))
                .path("id")
                .asText();
        TestData.openCase("agent.saumur", personId, List.of(), Map.of("healthNotes", "Suivi cardiologique"));
    }

    private static Map<String, Object> healthToCpam() {
        Map<String, Object> consent = new HashMap<>();
        consent.put("personId", personId);
        consent.put("recipient", "cpam-49");
        consent.put("purpose", "acces-aux-soins");
        consent.put("categories", List.of("HEALTH", "IDENTITY"));
        consent.put("means", "WRITTEN");
        consent.put("evidenceReference", "GED-2026-00042");
        consent.put(
                "expiresOn",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusYears(1).toString());
        return consent;
    }

    private static HttpResponse<String> record(String username, Map<String, Object> consent) {
        return Http.send("POST", Http.api("/consents"), Keycloak.token(username), consent);
    }

    @Test
    void anAgentRecordsAConsentThenWithdrawsItOnceAndForAll() {
        HttpResponse<String> created = record("agent.saumur", healthToCpam());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode consent = Http.json(created);
        String id = consent.path("id").asText();
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/consents/" + id);
        assertThat(consent.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(consent.path("givenTo").asText()).isEqualTo("agent.saumur");
        assertThat(consent.path("categories")).extracting(JsonNode::asText).containsExactly("IDENTITY", "HEALTH");

        String token = Keycloak.token("agent.saumur");
        JsonNode listed = Http.json(Http.get(Http.api("/consents?personId=" + personId), token));
        assertThat(listed).extracting(c -> c.path("id").asText()).contains(id);

        HttpResponse<String> withdrawn = Http.send(
                "POST", Http.api("/consents/" + id + "/withdrawal"), token, Map.of("reason", "USAGER_WITHDREW"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Http.json(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(Http.json(withdrawn).path("withdrawnBy").asText()).isEqualTo("agent.saumur");
        assertThat(Http.json(Http.get(Http.api("/consents/" + id), token))
                        .path("status")
                        .asText())
                .isEqualTo("WITHDRAWN");

        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/consents/" + id + "/withdrawal"),
                        token,
                        Map.of("reason", "RECORDED_IN_ERROR")),
                409);
        assertThat(Http.json(Http.get(Http.api("/consents/" + id), token))
                        .path("withdrawalReason")
                        .asText())
                .as("the first withdrawal stands")
                .isEqualTo("USAGER_WITHDREW");
        assertThat(auditedBy("consent_aud", id))
                .as("Envers: given, then withdrawn, by whom")
                .containsExactly("0:agent.saumur", "1:agent.saumur");
    }

    @Test
    void aConsentPastItsLastDayIsExpired() {
        Map<String, Object> consent = healthToCpam();
        consent.put("givenAt", Instant.now().minus(400, ChronoUnit.DAYS).toString());
        consent.put(
                "expiresOn",
                LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString());

        HttpResponse<String> created = record("agent.saumur", consent);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).path("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void anAgentRecordsAPriorNotice() {
        Map<String, Object> notice = Map.of(
                "personId",
                personId,
                "categories",
                List.of("RESOURCES", "IDENTITY"),
                "recipients",
                List.of("dept-49", "caf-49"),
                "means",
                "IN_PERSON");
        String token = Keycloak.token("agent.saumur");

        HttpResponse<String> created = Http.send("POST", Http.api("/prior-notices"), token, notice);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = Http.json(created);
        assertThat(body.path("informedBy").asText()).isEqualTo("agent.saumur");
        assertThat(body.path("recipients")).extracting(JsonNode::asText).containsExactly("caf-49", "dept-49");
        JsonNode listed = Http.json(Http.get(Http.api("/prior-notices?personId=" + personId), token));
        assertThat(listed)
                .extracting(n -> n.path("id").asText())
                .contains(body.path("id").asText());
        assertThat(auditedBy("prior_notice_aud", body.path("id").asText())).containsExactly("0:agent.saumur");
    }

    @Test
    void healthNeverGoesToTheCafNotEvenWithConsent() {
        long consents = TestData.count("consent");
        long notices = TestData.count("prior_notice");
        Map<String, Object> consent = healthToCpam();
        consent.put("recipient", "caf-49");
        consent.put("purpose", "acces-aux-droits");

        JsonNode problem = Http.assertProblem(record("agent.saumur", consent), 422);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("recipient");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("HEALTH");
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/prior-notices"),
                        Keycloak.token("agent.saumur"),
                        Map.of(
                                "personId",
                                personId,
                                "categories",
                                List.of("HEALTH"),
                                "recipients",
                                List.of("caf-49"),
                                "means",
                                "LETTER")),
                422);

        assertThat(TestData.count("consent")).isEqualTo(consents);
        assertThat(TestData.count("prior_notice")).isEqualTo(notices);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long consents = TestData.count("consent");
        List<Map<String, Object>> unprocessable = new ArrayList<>();
        unprocessable.add(with("recipient", "ccas-vitre"));
        unprocessable.add(with("recipient", "nowhere"));
        unprocessable.add(with("purpose", "Accès aux soins"));
        unprocessable.add(with("categories", List.of()));
        unprocessable.add(with("givenAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()));
        unprocessable.add(with("expiresOn", "2001-01-01"));
        unprocessable.add(with("evidenceReference", "Formulaire signé par Madame X"));
        unprocessable.add(with("givenTo", "Not A Username"));
        unprocessable.add(with("means", null));
        unprocessable.add(with("personId", null));
        for (Map<String, Object> consent : unprocessable) {
            Http.assertProblem(record("agent.saumur", consent), 422);
        }
        Http.assertProblem(record("agent.saumur", with("categories", List.of("HEALTH", "BLOOD_TYPE"))), 400);
        Http.assertProblem(record("agent.saumur", with("signature", "x")), 400);
        Http.assertProblem(record("agent.saumur", with("expiresOn", "tomorrow")), 400);
        Http.assertProblem(record("agent.saumur", with("personId", "00000000-0000-0000-0000-000000000000")), 404);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/consents/00000000-0000-0000-0000-000000000000/withdrawal"),
                        Keycloak.token("agent.saumur"),
                        Map.of("reason", "USAGER_WITHDREW")),
                404);

        assertThat(TestData.count("consent")).isEqualTo(consents);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> consent = healthToCpam();
        consent.put(field, value);
        return consent;
    }

    @Test
    void onlyAgentsOnTheUsagersDossierManageTheirConsents() {
        String consentId =
                Http.json(record("agent.saumur", healthToCpam())).path("id").asText();
        String unassigned = Keycloak.token(Keycloak.createUser("ccas-saumur", "ccas-agent"));
        String reception = Keycloak.token("accueil.saumur");

        for (String token : List.of(unassigned, reception)) {
            Http.assertProblem(Http.send("POST", Http.api("/consents"), token, healthToCpam()), 403);
            Http.assertProblem(Http.get(Http.api("/consents?personId=" + personId), token), 403);
            Http.assertProblem(Http.get(Http.api("/consents/" + consentId), token), 403);
            Http.assertProblem(Http.get(Http.api("/prior-notices?personId=" + personId), token), 403);
        }
        String vitre = Keycloak.token("agent.vitre");
        Http.assertProblem(Http.send("POST", Http.api("/consents"), vitre, healthToCpam()), 404);
        Http.assertProblem(Http.get(Http.api("/consents/" + consentId), vitre), 404);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/consents/" + consentId + "/withdrawal"),
                        vitre,
                        Map.of("reason", "USAGER_WITHDREW")),
                404);
        Http.assertProblem(Http.get(Http.api("/prior-notices?personId=" + personId), vitre), 404);
        assertThat(Http.json(Http.get(Http.api("/consents/" + consentId), Keycloak.token("agent.saumur")))
                        .path("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpam.conseiller", "dpo.saumur", "admin.passerelle"})
    void partnersAuditorsAndAdminsGet403(String username) {
        String consentId =
                Http.json(record("agent.saumur", healthToCpam())).path("id").asText();
        String token = Keycloak.token(username);

        Http.assertProblem(Http.send("POST", Http.api("/consents"), token, healthToCpam()), 403);
        Http.assertProblem(Http.get(Http.api("/consents?personId=" + personId), token), 403);
        Http.assertProblem(Http.get(Http.api("/consents/" + consentId), token), 403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/consents/" + consentId + "/withdrawal"),
                        token,
                        Map.of("reason", "USAGER_WITHDREW")),
                403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/prior-notices"),
                        token,
                        Map.of(
                                "personId",
                                personId,
                                "categories",
                                List.of("IDENTITY"),
                                "recipients",
                                List.of("cpam-49"),
                                "means",
                                "LETTER")),
                403);
        Http.assertProblem(Http.get(Http.api("/prior-notices?personId=" + personId), token), 403);
    }

    /** The Envers revisions of a row: "revtype:username", oldest first. */
    private static List<String> auditedBy(String table, String id) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select a.revtype, r.username from " + table
                        + " a join revision r on r.id = a.rev" + " where a.id = ?::uuid order by a.rev")) {
            s.setString(1, id);
            List<String> revisions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    revisions.add(rs.getInt(1) + ":" + rs.getString(2));
                }
            }
            return revisions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
