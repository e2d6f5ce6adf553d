package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 5: each partner system authenticates with a secret of its own, so that whoever
 * holds the CAF's cannot mint a token saying {@code organisation=cpam-49}; and no secret of the
 * stack is ever on a command line, where any user of the machine reads it ({@code ps}).
 */
@ExtendWith(StackExtension.class)
class PartnerSystemCredentialsIT {

    private static final List<String> SYSTEMS = List.of("caf-49-system", "cpam-49-system", "dept-49-system");

    @Test
    void noPartnerSystemGetsATokenWithAnothersSecret() throws IOException {
        for (String client : SYSTEMS) {
            JsonNode own = tokenResponse(client, Stack.partnerSystemSecret(client));
            assertThat(own.path("access_token").asText()).as(client).isNotEmpty();
            assertThat(claims(own.path("access_token").asText())
                            .path("organisation")
                            .asText())
                    .isEqualTo(client.replace("-system", ""));
            for (String other : SYSTEMS) {
                if (!other.equals(client)) {
                    HttpResponse<String> refused = Http.postForm(
                            Keycloak.TOKENS.realmUri("/protocol/openid-connect/token"),
                            Map.of(
                                    "grant_type",
                                    "client_credentials",
                                    "client_id",
                                    client,
                                    "client_secret",
                                    Stack.partnerSystemSecret(other)));
                    assertThat(refused.statusCode())
                            .as("%s with the secret of %s", client, other)
                            .isEqualTo(401);
                }
            }
        }
    }

    @Test
    void noSecretOfTheStackIsOnACommandLine() throws IOException {
        assumeTrue(Stack.ATTACHED.isEmpty(), "the secrets are the stack's own, known when this run started it");
        List<String> secrets = Stack.current().secrets();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(8).doesNotContainNull();
        List<String> commandLines = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes
                    .filter(p -> p.getFileName().toString().matches("[0-9]+"))
                    .toList()) {
                try {
                    commandLines.add(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' '));
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        assertThat(commandLines)
                .as("the command lines include the stack's processes")
                .anySatisfy(c -> assertThat(c).contains("partner-simulator.jar"))
                .anySatisfy(c -> assertThat(c).contains("jboss-modules.jar"));
        for (String secret : secrets) {
            assertThat(commandLines)
                    .as("a secret of the stack on a command line")
                    .noneSatisfy(c -> assertThat(c).contains(secret));
        }
    }

    private static JsonNode tokenResponse(String client, String secret) {
        HttpResponse<String> response = Http.postForm(
                Keycloak.TOKENS.realmUri("/protocol/openid-connect/token"),
                Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static JsonNode claims(String jwt) throws IOException {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
