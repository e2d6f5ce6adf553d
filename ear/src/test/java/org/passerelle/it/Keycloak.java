package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passerelle.testing.Tokens;

/**
 * Real tokens from the test Keycloak (the kit's {@link Tokens}), and the admin API calls the tests
 * need for their own data.
 */
final class Keycloak {

    /** The demo realm's password for every demo user (documented in the README). */
    static final String DEMO_PASSWORD = Tokens.DEMO_PASSWORD;

    static final Tokens TOKENS = new Tokens(Stack.PORTS.keycloakUrl(), Stack.REALM);

    private Keycloak() {}

    /** A demo user's token, kept while it is valid. */
    static String token(String username) {
        return TOKENS.user(username);
    }

    static String token(String clientId, String username, String password) {
        return TOKENS.password(clientId, username, password);
    }

    /** A token of a partner system's service account (client credentials). */
    static String systemToken(String clientId) {
        return TOKENS.clientCredentials(clientId, Stack.partnerSystemSecret(clientId));
    }

    /** Creates a user of the realm with the demo password, the organisation and the realm roles given. */
    static String createUser(String organisation, String... roles) {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.postJson(
                admin("/users"),
                adminToken(),
                Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "email",
                        username + "@tests.passerelle.example",
                        "firstName",
                        "Test",
                        "lastName",
                        "Intégration",
                        "attributes",
                        Map.of("organisation", List.of(organisation)),
                        "credentials",
                        List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false))));
        assertThat(created.statusCode()).as("create user: %s", created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        for (String role : roles) {
            JsonNode representation = Http.json(Http.get(admin("/roles/" + role), adminToken()));
            HttpResponse<String> mapped =
                    Http.postJson(URI.create(location + "/role-mappings/realm"), adminToken(), List.of(representation));
            assertThat(mapped.statusCode()).as("map role %s", role).isEqualTo(204);
        }
        return username;
    }

    /** Creates a public client of the realm allowed the password grant, with extra attributes and mappers. */
    static void createClient(String clientId, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        HttpResponse<String> created = Http.postJson(
                admin("/clients"),
                adminToken(),
                Map.of(
                        "clientId",
                        clientId,
                        "enabled",
                        true,
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "attributes",
                        attributes,
                        "protocolMappers",
                        mappers));
        assertThat(created.statusCode()).as("create client: %s", created.body()).isEqualTo(201);
    }

    static Map<String, Object> audienceMapper(String audience) {
        return Map.of(
                "name",
                "audience " + audience,
                "protocol",
                "openid-connect",
                "protocolMapper",
                "oidc-audience-mapper",
                "config",
                Map.of("included.client.audience", audience, "access.token.claim", "true", "id.token.claim", "false"));
    }

    /** The public keys of the realm, as a JSON Web Key Set. */
    static JsonNode jwks() {
        return Http.json(Http.get(TOKENS.realmUri("/protocol/openid-connect/certs"), null));
    }

    static String adminToken() {
        return TOKENS.keycloakAdmin(Stack.keycloakAdminPassword());
    }

    private static URI admin(String path) {
        return TOKENS.adminUri(path);
    }
}
