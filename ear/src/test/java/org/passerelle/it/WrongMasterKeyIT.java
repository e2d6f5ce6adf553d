package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testing.PrivatePostgres;

/**
 * A server started with a master key other than the one that wrapped the database's data keys
 * (issue 16): readiness is down with a reason naming the organisation's key and its version (and no
 * secret), said once in the log, and requests for personal data answer 503, never 500.
 */
@ExtendWith(StackExtension.class)
@OwnStack("starts a second server on the tests' Keycloak, its web client secret and folder")
class WrongMasterKeyIT {

    private static final String DATABASE = "passerelle_wrong_key";
    private static final URI READY = URI.create(IsolatedServer.MANAGEMENT + "/health/ready");

    @Test
    void theServerSaysWhichKeyItCannotOpenAndAnswers503() throws Exception {
        String password = Faults.password();
        String rightKey = Faults.masterKey();
        String wrongKey = Faults.masterKey();
        String token = Keycloak.token("agent.saumur");
        try (PrivatePostgres postgres = PrivatePostgres.start(
                        Stack.runFolder().resolve("wrong-key-postgres"), Stack.PORTS.privatePostgres());
                IsolatedServer server =
                        new IsolatedServer("wrong-key-server", postgres.url(DATABASE), DATABASE, password, rightKey)) {
            postgres.createDatabase(DATABASE, DATABASE, password);
            server.start();
            Faults.awaitAnswer(READY, null, r -> r.statusCode() == 200, Duration.ofMinutes(3));
            HttpResponse<String> registered = Http.send(
                    "POST",
                    URI.create(IsolatedServer.API + "/persons"),
                    token,
                    TestData.person(TestData.unique("Cle"), TestData.nir()));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String personId = Http.json(registered).path("id").asText();
            server.close();

            server.withMasterKey(wrongKey).start();
            HttpResponse<String> ready =
                    Faults.awaitAnswer(READY, null, r -> r.statusCode() == 503, Duration.ofMinutes(3));
            JsonNode masterKey = null;
            for (JsonNode check : Http.json(ready).path("checks")) {
                if (check.path("name").asText().equals("master-key")) {
                    masterKey = check;
                }
            }
            assertThat(masterKey).as(ready.body()).isNotNull();
            assertThat(masterKey.path("status").asText()).isEqualTo("DOWN");
            String reason = masterKey.path("data").path("reason").asText();
            assertThat(reason)
                    .contains("ccas-saumur v1")
                    .doesNotContain(rightKey)
                    .doesNotContain(wrongKey);

            // A token of now: the first may have expired during the two boots.
            String fresh = Keycloak.token("passerelle-cli", "agent.saumur", Keycloak.DEMO_PASSWORD);
            Faults.assertUnavailable(Http.get(URI.create(IsolatedServer.API + "/persons/" + personId), fresh));
            Faults.assertUnavailable(Http.send(
                    "POST",
                    URI.create(IsolatedServer.API + "/persons"),
                    fresh,
                    TestData.person(TestData.unique("Cle"), TestData.nir())));
            assertThat(server.logLines().stream().filter(line -> line.contains("Not ready:")))
                    .as("the reason, logged once")
                    .hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains("ccas-saumur v1"));
        }
    }
}
