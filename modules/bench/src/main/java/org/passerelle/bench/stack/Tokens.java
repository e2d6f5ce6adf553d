package org.passerelle.bench.stack;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real access tokens of a demo user from the benchmark's Keycloak, by the demo realm's
 * {@code passerelle-cli} password grant (the demo password, README), kept for a minute (they live
 * five): the load threads ask for the current one before each request, so a long run keeps valid
 * tokens without logging in thousands of times (Keycloak's brute-force detector would lock the
 * account).
 */
public final class Tokens {

    static final String CLIENT = "passerelle-cli";
    static final String DEMO_PASSWORD = "demo";
    private static final Duration KEEP = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenEndpoint;
    private final String username;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile long fetchedNanos;

    public Tokens(URI keycloak, String realm, String username) {
        this.tokenEndpoint = keycloak.resolve("/realms/" + realm + "/protocol/openid-connect/token");
        this.username = username;
    }

    public String username() {
        return username;
    }

    /** A token valid for at least four more minutes. */
    public String current() {
        String cached = token;
        if (cached != null && System.nanoTime() - fetchedNanos < KEEP.toNanos()) {
            return cached;
        }
        synchronized (this) {
            if (token == null || System.nanoTime() - fetchedNanos >= KEEP.toNanos()) {
                token = fetch();
                fetchedNanos = System.nanoTime();
            }
            return token;
        }
    }

    private String fetch() {
        String form = Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        CLIENT,
                        "username",
                        username,
                        "password",
                        DEMO_PASSWORD,
                        "scope",
                        "openid")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("no token for " + username + " from " + tokenEndpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting a token", e);
        }
    }
}
