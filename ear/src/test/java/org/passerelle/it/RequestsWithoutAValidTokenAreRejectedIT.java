package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way a request can lack a valid token ends in 401 problem+json with a Bearer challenge,
 * before any application code runs. Forged tokens start from a real token of the realm so that
 * only the property under test is wrong.
 */
@ExtendWith(StackExtension.class)
class RequestsWithoutAValidTokenAreRejectedIT {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void noToken() {
        assertUnauthenticated(null);
    }

    @Test
    void notAJwt() {
        assertUnauthenticated("not-a-token");
    }

    @Test
    void badSignature() {
        String[] parts = Keycloak.token("agent.saumur").split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        assertUnauthenticated(parts[0] + "." + parts[1] + "." + B64.encodeToString(signature));
    }

    @Test
    void tamperedPayload() throws Exception {
        String[] parts = Keycloak.token("agent.vitre").split("\\.");
        ObjectNode payload =
                (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("organisation", "ccas-saumur");
        assertUnauthenticated(
                parts[0] + "." + B64.encodeToString(Http.JSON.writeValueAsBytes(payload)) + "." + parts[2]);
    }

    @Test
    void algNone() throws Exception {
        String[] parts = Keycloak.token("agent.saumur").split("\\.");
        ObjectNode header =
                (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        header.put("alg", "none");
        String unsigned = B64.encodeToString(Http.JSON.writeValueAsBytes(header)) + "." + parts[1];
        assertUnauthenticated(unsigned + ".");
        header.remove("kid");
        assertUnauthenticated(B64.encodeToString(Http.JSON.writeValueAsBytes(header)) + "." + parts[1] + ".");
    }

    @Test
    void signedWithAForeignKeyUnderTheRealmsKeyId() throws Exception {
        String[] parts = Keycloak.token("agent.saumur").split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(generator.generateKeyPair().getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertUnauthenticated(parts[0] + "." + parts[1] + "." + B64.encodeToString(rs256.sign()));
    }

    @Test
    void tokenForAnotherAudience() throws Exception {
        // admin-cli is a client of the same realm whose tokens are not meant for the API.
        String token = Keycloak.token("admin-cli", "agent.saumur", Keycloak.DEMO_PASSWORD);
        assertThat(claims(token).path("aud").toString()).doesNotContain("passerelle-api");
        assertUnauthenticated(token);
    }

    @Test
    void expiredToken() throws Exception {
        String clientId = "it-short-lived-" + UUID.randomUUID().toString().substring(0, 8);
        Keycloak.createClient(
                clientId, Map.of("access.token.lifespan", "1"), List.of(Keycloak.audienceMapper("passerelle-api")));
        String token = Keycloak.token(clientId, "agent.saumur", Keycloak.DEMO_PASSWORD);
        JsonNode claims = claims(token);
        assertThat(claims.path("aud").toString()).contains("passerelle-api");

        // Waiting on the real clock is the point here: the token must be past its expiry.
        long expiresAt = claims.path("exp").asLong();
        await("the token's expiry")
                .atMost(Duration.ofSeconds(30))
                .until(() -> Instant.now().getEpochSecond() > expiresAt + 1);
        assertUnauthenticated(token);
    }

    private static void assertUnauthenticated(String token) {
        HttpResponse<String> response = Http.get(Http.api("/me"), token);
        JsonNode problem = Http.assertProblem(response, 401);
        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static JsonNode claims(String token) throws Exception {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
