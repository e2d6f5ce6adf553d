package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the test Keycloak, and the admin API calls the tests need for their own data. */
final class Keycloak {

    /** The demo realm's password for every demo user (documented in the README). */
    static final String DEMO_PASSWORD = "demo";

    private Keycloak() {
    }

    /**
     * Tokens of the suite's users, reused for a minute (they live five): tests log in thousands of
     * times, and Keycloak 26's brute-force detector can lock out an account that logs in many
     * times a second even without a failure (keycloak/keycloak#36495).
     */
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant until) {
    }

    static String token(String username) {
        CachedToken cached = TOKENS.get(username);
        if (cached == null || Instant.now().isAfter(cached.until())) {
            cached = new CachedToken(token("passerelle-cli", username, DEMO_PASSWORD),
                    Instant.now().plusSeconds(60));
            TOKENS.put(username, cached);
        }
        return cached.value();
    }

    static String token(String clientId, String username, String password) {
        HttpResponse<String> response = Http.postForm(realmUri(Stack.REALM, "/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password, "scope", "openid"));
        assertThat(response.statusCode()).as("token for %s via %s: %s", username, clientId, response.body())
                .isEqualTo(200);
        return Http.json(response).path("access_token").asText();
    }

    /** A token of a partner system's service account (client credentials). */
    static String systemToken(String clientId) {
        HttpResponse<String> token = Http.postForm(realmUri(Stack.REALM, "/protocol/openid-connect/token"),
                Map.of("grant_type", "client_credentials", "client_id", clientId,
                        "client_secret", Stack.current().partnerSystemSecret));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return Http.json(token).path("access_token").asText();
    }

    /** Creates a user of the realm with the demo password, the organisation and the realm roles given. */
    static String createUser(String organisation, String... roles) {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.postJson(admin("/users"), adminToken(), Map.of(
                "username", username, "enabled", true, "emailVerified", true,
                "email", username + "@tests.passerelle.example", "firstName", "Test", "lastName", "Intégration",
                "attributes", Map.of("organisation", List.of(organisation)),
                "credentials", List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false))));
        assertThat(created.statusCode()).as("create user: %s", created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        for (String role : roles) {
            JsonNode representation = Http.json(Http.get(admin("/roles/" + role), adminToken()));
            HttpResponse<String> mapped = Http.postJson(URI.create(location + "/role-mappings/realm"),
                    adminToken(), List.of(representation));
            assertThat(mapped.statusCode()).as("map role %s", role).isEqualTo(204);
        }
        return username;
    }

    /** Creates a public client of the realm allowed the password grant, with extra attributes and mappers. */
    static void createClient(String clientId, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        HttpResponse<String> created = Http.postJson(admin("/clients"), adminToken(), Map.of(
                "clientId", clientId, "enabled", true, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", attributes, "protocolMappers", mappers));
        assertThat(created.statusCode()).as("create client: %s", created.body()).isEqualTo(201);
    }

    static Map<String, Object> audienceMapper(String audience) {
        return Map.of("name", "audience " + audience, "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", audience, "access.token.claim", "true",
                        "id.token.claim", "false"));
    }

    /** The public keys of the realm, as a JSON Web Key Set. */
    static JsonNode jwks() {
        return Http.json(Http.get(realmUri(Stack.REALM, "/protocol/openid-connect/certs"), null));
    }

    private static String adminToken() {
        return token("admin-cli", "admin", Stack.current().keycloakAdminPassword, "master");
    }

    private static String token(String clientId, String username, String password, String realm) {
        HttpResponse<String> response = Http.postForm(realmUri(realm, "/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
        assertThat(response.statusCode()).as("admin token").isEqualTo(200);
        return Http.json(response).path("access_token").asText();
    }

    private static URI admin(String path) {
        return URI.create(Stack.KEYCLOAK_URL + "/admin/realms/" + Stack.REALM + path);
    }

    private static URI realmUri(String realm, String path) {
        return URI.create(Stack.KEYCLOAK_URL + "/realms/" + realm + path);
    }
}
