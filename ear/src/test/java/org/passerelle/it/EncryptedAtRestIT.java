package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** S16: the database holds no plaintext of personal fields, and a moved ciphertext does not open. */
@ExtendWith(StackExtension.class)
class EncryptedAtRestIT {

    @Test
    void aDatabaseDumpHoldsNoPlaintextInLiveOrHistoryTables() throws Exception {
        String lastName = TestData.unique("Quéré");
        String nir = TestData.nir();
        Map<String, Object> person = TestData.person(lastName, nir);
        person.put("address", TestData.unique("7 impasse des Tanneurs "));
        String personId =
                TestData.registerPerson("agent.saumur", person).path("id").asText();
        String resources = TestData.unique("Pension d'invalidité ");
        String health = TestData.unique("Suivi addictologie ");
        String note = TestData.unique("Note interne confidentielle ");
        String caseId = TestData.openCase(
                        "agent.saumur", personId, List.of(), Map.of("resources", resources, "healthNotes", health))
                .path("id")
                .asText();
        String token = Keycloak.token("agent.saumur");
        Http.send(
                "POST",
                Http.api("/cases/" + caseId + "/notes"),
                token,
                Map.of("type", "PARTAGEABLE", "category", "NOTES", "body", note));
        String etag = Http.get(Http.api("/cases/" + caseId), token)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        String housing = TestData.unique("Foyer Emmaüs ");
        Http.send("PUT", Http.api("/cases/" + caseId), token, Map.of("housing", housing), "If-Match", etag);

        String dump = pgDump();

        assertThat(dump).contains("person_aud").contains("case_file_aud").contains(caseId);
        for (String plaintext :
                List.of(lastName, nir, (String) person.get("address"), resources, health, note, housing)) {
            assertThat(dump).as("dump must not contain a plaintext value").doesNotContain(plaintext);
            String hex = HexFormat.of().formatHex(plaintext.getBytes(StandardCharsets.UTF_8));
            assertThat(dump).as("nor its bytes").doesNotContain(hex);
        }
    }

    @Test
    void aCiphertextCopiedToAnotherRowOrColumnDoesNotDecrypt() throws SQLException {
        String token = Keycloak.token("agent.saumur");
        String victim = TestData.registerPerson(
                        "agent.saumur", TestData.person(TestData.unique("Source"), TestData.nir()))
                .path("id")
                .asText();
        String target = TestData.registerPerson(
                        "agent.saumur", TestData.person(TestData.unique("Cible"), TestData.nir()))
                .path("id")
                .asText();
        String victimName = Http.json(Http.get(Http.api("/persons/" + victim), token))
                .path("lastName")
                .asText();

        copy("update person set last_name = (select last_name from person where id = ?) where id = ?", victim, target);
        HttpResponse<String> otherRow = Http.get(Http.api("/persons/" + target), token);
        Http.assertProblem(otherRow, 500);
        assertThat(otherRow.body()).doesNotContain(victimName);

        String third = TestData.registerPerson(
                        "agent.saumur", TestData.person(TestData.unique("Colonne"), TestData.nir()))
                .path("id")
                .asText();
        copy("update person set first_names = last_name where id = ? and ? is not null", third, third);
        HttpResponse<String> otherColumn = Http.get(Http.api("/persons/" + third), token);
        Http.assertProblem(otherColumn, 500);
        assertThat(Http.json(otherColumn).path("type").asText())
                .isEqualTo("urn:problem-type:passerelle:data-integrity");
    }

    private static void copy(String sql, String first, String second) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(first));
            s.setObject(2, UUID.fromString(second));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String pgDump() throws IOException, InterruptedException {
        Path file = Files.createTempFile("passerelle-dump", ".sql");
        try {
            Process dump = new ProcessBuilder(
                            "pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", Stack.DATABASE)
                    .redirectOutput(file.toFile())
                    .redirectErrorStream(false)
                    .start();
            assertThat(dump.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(dump.exitValue())
                    .as(new String(dump.getErrorStream().readAllBytes()))
                    .isZero();
            return Files.readString(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
