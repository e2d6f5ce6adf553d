package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 4: a journal line inserted by SQL, without the journal's key, is marked unverified
 * wherever entries are shown (the DPO's search, its CSV export, the usager's access report), never
 * presented as genuine. The forged line gets an id below any the sealer looks at, so that it stays
 * out of the chain the other tests verify, and is removed afterwards.
 */
@ExtendWith(StackExtension.class)
@OwnStack("forges a journal line as the database superuser")
class UnverifiedJournalEntriesIT {

    private static final String AGENT = "agent.saumur";
    private static final String DPO = "dpo.saumur";

    @Test
    void aLineInsertedBySqlIsMarkedUnverifiedInTheSearchTheCsvAndTheAccessReport() throws SQLException {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Faux"), TestData.nir()))
                .path("id")
                .asText();
        TestData.openCase(AGENT, personId, List.of(), new HashMap<>(Map.of("housing", "Locataire")));
        long forged = -1L - new SecureRandom().nextInt(1_000_000_000);
        byte[] mac = new byte[32];
        new SecureRandom().nextBytes(mac);
        try (Connection c = Stack.database();
                PreparedStatement insert = c.prepareStatement("insert into journal_entry (id, at, user_id, username,"
                        + " organisation_code, roles, action, person_id, fields, outcome, request_id, break_glass, mac)"
                        + " values (?, now(), 'uid-forged', 'agent.saumur', 'ccas-saumur', 'ccas-agent', 'READ',"
                        + " ?::uuid, 'person.lastName', 'ALLOW', 'forged', false, ?)")) {
            insert.setLong(1, forged);
            insert.setString(2, personId);
            insert.setBytes(3, mac);
            insert.executeUpdate();
        }
        try {
            String dpo = Keycloak.token(DPO);
            JsonNode entries = Http.json(Http.get(Http.api("/journal?personId=" + personId + "&size=100"), dpo))
                    .path("entries");
            List<String> genuine = new ArrayList<>();
            JsonNode line = null;
            for (JsonNode entry : entries) {
                if (entry.path("id").asLong() == forged) {
                    line = entry;
                } else if (entry.path("verified").asBoolean()) {
                    genuine.add(entry.path("action").asText());
                }
            }
            assertThat(line).as("the forged line in the search").isNotNull();
            assertThat(line.path("verified").asBoolean()).isFalse();
            assertThat(genuine).as("the genuine lines stay verified").contains("CREATE");

            HttpResponse<String> csv = Http.send(
                    "GET", Http.api("/journal/export.csv?personId=" + personId), dpo, null, "Accept", "text/csv");
            assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
            assertThat(csv.body().lines().findFirst().orElseThrow()).endsWith(",verified");
            // (the CSV quotes a leading minus against formula injection: the line is found by its request id)
            assertThat(csv.body().lines().filter(l -> l.contains(",forged,")))
                    .singleElement()
                    .satisfies(l -> assertThat(l).endsWith(",false"));

            HttpResponse<String> report =
                    Http.send("POST", Http.api("/access-reports"), dpo, Map.of("personId", personId));
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            assertThat(Http.json(report).path("accesses"))
                    .as("the forged consultation is in the report, marked")
                    .anySatisfy(a -> assertThat(a.path("verified").asBoolean()).isFalse());
        } finally {
            try (Connection c = Stack.database();
                    Statement s = c.createStatement()) {
                // the append-only trigger refuses deletes; a superuser session may skip triggers
                s.execute("set session_replication_role = replica");
                s.execute("delete from journal_entry where id = " + forged);
            }
        }
    }
}
