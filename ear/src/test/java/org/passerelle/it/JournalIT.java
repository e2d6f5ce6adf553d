package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** S11: every access to personal data leaves exactly one entry, in its transaction; only auditors read them. */
@ExtendWith(StackExtension.class)
class JournalIT {

    private static String personId;
    private static String caseId;

    @BeforeAll
    static void aDossier() {
        personId = TestData.registerPerson("agent.saumur", TestData.person(TestData.unique("Lefebvre"), TestData.nir()))
                .path("id")
                .asText();
        caseId = TestData.openCase(
                        "agent.saumur",
                        personId,
                        List.of(),
                        Map.of("resources", "Allocation de retour à l'emploi", "healthNotes", "Asthme sévère"))
                .path("id")
                .asText();
    }

    /** One entry per request: action, outcome, and field keys. */
    record Entry(
            String action,
            String outcome,
            String reasonCode,
            String fields,
            String personId,
            String caseFileId,
            boolean breakGlass) {}

    static List<Entry> entriesOf(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select action, outcome, reason_code, fields, person_id, case_file_id, break_glass"
                                + " from journal_entry where request_id = ? order by id")) {
            s.setString(1, requestId);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getBoolean(7)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Entry onlyEntryOf(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        List<Entry> entries = entriesOf(response);
        assertThat(entries).as("entries of %s", response.uri()).hasSize(1);
        return entries.get(0);
    }

    @Test
    void everyEndpointReturningPersonalDataLeavesExactlyOneEntryNamingTheFieldsRead() {
        String token = Keycloak.token("agent.saumur");

        Entry person = onlyEntryOf(Http.get(Http.api("/persons/" + personId), token), 200);
        assertThat(person.action()).isEqualTo("READ");
        assertThat(person.personId()).isEqualTo(personId);
        assertThat(person.fields()).contains("person.lastName", "person.birthDate", "person.address");

        Entry dossier = onlyEntryOf(Http.get(Http.api("/cases/" + caseId), token), 200);
        assertThat(dossier.caseFileId()).isEqualTo(caseId);
        assertThat(dossier.fields())
                .contains("case.resources", "case.healthNotes")
                .doesNotContain("case.housing");

        Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/notes"),
                token,
                Map.of("type", "INTERNE", "category", "NOTES", "body", "Entretien du jour"));
        assertThat(onlyEntryOf(Http.get(Http.api("/cases/" + caseId + "/notes"), token), 200)
                        .fields())
                .isEqualTo("note.body");
        assertThat(onlyEntryOf(Http.get(Http.api("/cases/" + caseId + "/history"), token), 200)
                        .fields())
                .contains("case.resources");
        Entry search = onlyEntryOf(
                Http.send(
                        "POST",
                        Http.api("/persons/search"),
                        token,
                        Map.of(
                                "lastName",
                                Http.json(Http.get(Http.api("/persons/" + personId), token))
                                        .path("lastName")
                                        .asText(),
                                "firstNames",
                                "Élodie Marie",
                                "birthDate",
                                "1984-03-12")),
                200);
        assertThat(search.action()).isEqualTo("SEARCH");
        assertThat(search.personId()).isEqualTo(personId);

        Entry update = onlyEntryOf(
                Http.send(
                        "PUT",
                        Http.api("/cases/" + caseId),
                        token,
                        Map.of("housing", "Hébergé chez un tiers"),
                        "If-Match",
                        Http.get(Http.api("/cases/" + caseId), token)
                                .headers()
                                .firstValue("ETag")
                                .orElseThrow()),
                200);
        assertThat(update.action()).isEqualTo("UPDATE");
        // The field written, and those the answer shows back.
        assertThat(update.fields()).isEqualTo("case.healthNotes,case.housing,case.resources");
    }

    @Test
    void refusedAttemptsAreJournaledToo() {
        String unassigned = Keycloak.token(Keycloak.createUser("ccas-saumur", "ccas-agent"));

        Entry refused = onlyEntryOf(Http.get(Http.api("/cases/" + caseId), unassigned), 403);
        assertThat(refused.outcome()).isEqualTo("FORBIDDEN");
        assertThat(refused.reasonCode()).isEqualTo("unassigned");
        assertThat(refused.caseFileId()).isEqualTo(caseId);

        Entry otherCcas = onlyEntryOf(Http.get(Http.api("/persons/" + personId), Keycloak.token("agent.vitre")), 404);
        assertThat(otherCcas.outcome()).isEqualTo("NOT_FOUND");
        assertThat(otherCcas.reasonCode()).isEqualTo("other-organisation");
    }

    @Test
    void theAuditorSearchesAndExportsTheJournalOfTheirOrganisation() {
        Http.get(Http.api("/cases/" + caseId), Keycloak.token("agent.saumur"));
        String dpo = Keycloak.token("dpo.saumur");

        HttpResponse<String> found = Http.get(Http.api("/journal?caseFileId=" + caseId + "&action=READ"), dpo);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode page = Http.json(found);
        assertThat(page.path("total").asLong()).isPositive();
        assertThat(page.path("entries")).allSatisfy(e -> {
            assertThat(e.path("caseFileId").asText()).isEqualTo(caseId);
            assertThat(e.path("action").asText()).isEqualTo("READ");
        });
        assertThat(page.path("entries"))
                .extracting(e -> e.path("username").asText())
                .contains("agent.saumur");

        HttpResponse<String> csv =
                Http.send("GET", Http.api("/journal/export.csv?caseFileId=" + caseId), dpo, null, "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().lines().findFirst())
                .contains("position,id,at,user_id,username,organisation,roles,"
                        + "action,person_id,case_file_id,referral_id,fields,cadre,purpose,outcome,reason_code,request_id,"
                        + "client_address,break_glass,verified");
        assertThat(csv.body().lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(caseId).endsWith(",true"));
        Entry export = onlyEntryOf(csv, 200);
        assertThat(export.action()).isEqualTo("EXPORT");

        JsonNode vitre = Http.json(Http.get(
                Http.api("/journal?caseFileId=" + caseId),
                Keycloak.token(Keycloak.createUser("ccas-vitre", "auditor"))));
        assertThat(vitre.path("total").asLong())
                .as("another CCAS's DPO sees none of it")
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent.saumur", "accueil.saumur", "cpam.conseiller", "admin.passerelle"})
    void onlyAuditorsReadTheJournal(String username) {
        String token = Keycloak.token(username);

        Http.assertProblem(Http.get(Http.api("/journal"), token), 403);
        Http.assertProblem(Http.send("GET", Http.api("/journal/export.csv"), token, null, "Accept", "text/csv"), 403);
        Http.assertProblem(Http.get(Http.api("/journal/integrity"), token), 403);
        Http.assertProblem(Http.get(Http.api("/alerts"), token), 403);
    }

    @Test
    void theChainVerifiesOnceSealed() {
        String dpo = Keycloak.token("dpo.saumur");
        JsonNode integrity = await("more than 10 entries sealed")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Http.json(Http.get(Http.api("/journal/integrity"), dpo)),
                        i -> i.path("entriesVerified").asLong() > 10);
        assertThat(integrity.path("ok").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.path("entriesVerified").asLong()).isGreaterThan(10);
        assertThat(integrity.has("firstBadPosition")).isFalse();
        assertThat(integrity.path("firstPosition").asLong())
                .as("nothing purged yet")
                .isEqualTo(1);
        assertThat(integrity.path("unsealedOld").asLong()).isZero();
    }

    @Test
    void theApplicationsOwnRoleCannotRewriteTheJournal() throws SQLException {
        try (Connection c = Stack.applicationDatabase();
                Statement s = c.createStatement()) {
            assertThat(s.executeQuery("select count(*) from journal_entry").next())
                    .isTrue();
            for (String sql : List.of(
                    "update journal_entry set username = 'x'",
                    "delete from journal_entry",
                    "truncate journal_entry",
                    "update journal_seal set hash = hash",
                    "delete from journal_seal",
                    "truncate journal_checkpoint",
                    "delete from journal_checkpoint")) {
                assertThatThrownBy(() -> s.execute(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }
}
