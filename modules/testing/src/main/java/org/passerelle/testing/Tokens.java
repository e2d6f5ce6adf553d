package org.passerelle.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real tokens from a stack's Keycloak: a user's (password grant) and a partner system's service
 * account's (client credentials). The demo users' tokens are kept until shortly before they expire:
 * callers log in thousands of times, and Keycloak 26's brute-force detector can lock out an account
 * that logs in many times a second even without a failure (keycloak/keycloak#36495).
 */
public final class Tokens {

    /** The demo realm's public client for scripts and tests (DESIGN §5); a production realm has none. */
    public static final String CLI_CLIENT = "passerelle-cli";
    /** Every demo user's password, in the demo realm only (README). */
    public static final String DEMO_PASSWORD = "demo";
    /** Renew a kept token this long before Keycloak says it expires. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record Kept(String value, Instant renewAfter) {}

    private final URI keycloak;
    private final String realm;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** @param keycloak Keycloak's base URL, e.g. {@code http://localhost:8180} */
    public Tokens(URI keycloak, String realm) {
        String base = keycloak.toString();
        this.keycloak = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.realm = realm;
    }

    /**
     * A demo user's token (client {@value #CLI_CLIENT}, the demo password), kept while it is valid.
     * One grant at a time: Keycloak's brute-force detection disables a user for a while when two
     * logins come closer than a second apart, as senders side by side would ask.
     */
    public synchronized String user(String username) {
        Kept token = kept.get(username);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            JsonNode answer = grant(
                    realm,
                    Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            CLI_CLIENT,
                            "username",
                            username,
                            "password",
                            DEMO_PASSWORD,
                            "scope",
                            "openid"),
                    "token for " + username);
            token = new Kept(
                    answer.path("access_token").asText(),
                    Instant.now()
                            .plusSeconds(answer.path("expires_in").asLong(60))
                            .minus(MARGIN));
            kept.put(username, token);
        }
        return token.value();
    }

    /** A fresh token of any user through any client of the realm allowed the password grant. */
    public String password(String clientId, String username, String password) {
        return grant(
                        realm,
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                clientId,
                                "username",
                                username,
                                "password",
                                password,
                                "scope",
                                "openid"),
                        "token for " + username + " via " + clientId)
                .path("access_token")
                .asText();
    }

    /** A token of a partner system's service account (client credentials). */
    public String clientCredentials(String clientId, String secret) {
        return grant(
                        realm,
                        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
                        "token of " + clientId)
                .path("access_token")
                .asText();
    }

    /** A token of Keycloak's own administrator (realm master), for its admin API. */
    public String keycloakAdmin(String password) {
        return grant(
                        "master",
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                password),
                        "Keycloak admin token")
                .path("access_token")
                .asText();
    }

    /** The token endpoint of a realm. */
    public URI tokenEndpoint(String realmName) {
        return URI.create(keycloak + "/realms/" + realmName + "/protocol/openid-connect/token");
    }

    /** A URI under the realm, e.g. {@code /protocol/openid-connect/certs}. */
    public URI realmUri(String path) {
        return URI.create(keycloak + "/realms/" + realm + path);
    }

    /** A URI of the realm's admin API, e.g. {@code /users}. */
    public URI adminUri(String path) {
        return URI.create(keycloak + "/admin/realms/" + realm + path);
    }

    private JsonNode grant(String realmName, Map<String, String> form, String what) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint(realmName))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException(what + ": cannot reach " + keycloak + " (" + e + ")", 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(what + ": interrupted", 0);
        }
        JsonNode answer = read(response.body());
        if (response.statusCode() != 200) {
            // Keycloak's error code only (e.g. invalid_grant): enough to tell a wrong realm from a wrong user.
            throw new ApiException(
                    what + ": Keycloak answered " + response.statusCode() + " "
                            + answer.path("error").asText(""),
                    response.statusCode());
        }
        return answer;
    }

    private static JsonNode read(String text) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : JSON.readTree(text);
            return node == null ? JSON.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
