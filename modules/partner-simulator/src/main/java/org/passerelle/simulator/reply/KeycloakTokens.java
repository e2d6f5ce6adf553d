package org.passerelle.simulator.reply;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.document.Json;

/**
 * A partner system's access token from Keycloak by the client-credentials grant, kept until shortly
 * before it expires.
 */
public final class KeycloakTokens {

    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final URI tokenUrl;
    private final String clientId;
    /** Read when a token is needed: a simulator that never replies over HTTPS needs no secret. */
    private final Supplier<String> clientSecret;

    private final HttpClient http;
    private String token;
    private Instant renewAt = Instant.EPOCH;

    public KeycloakTokens(
            URI keycloakUrl, String realm, String clientId, Supplier<String> clientSecret, HttpClient http) {
        this.tokenUrl = URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
    }

    public synchronized String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        String secret;
        try {
            secret = clientSecret.get();
        } catch (UncheckedIOException e) {
            throw e.getCause(); // no secret file: this reply fails like an unreachable Keycloak
        }
        String form =
                "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(tokenUrl)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            EventLog.event("token refused client=" + clientId + " status=" + response.statusCode());
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        JsonNode body = Json.MAPPER.readTree(response.body());
        String accessToken = body.path("access_token").asText(null);
        if (accessToken == null) {
            throw new IOException("no access_token in the token response");
        }
        Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
        // renew a little early; for very short tokens, halfway
        Duration keep = lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime.dividedBy(2);
        token = accessToken;
        renewAt = Instant.now().plus(keep);
        EventLog.event("token obtained client=" + clientId + " expiresIn=" + lifetime.toSeconds() + "s");
        return token;
    }

    /** After a 401: the token was revoked or the realm re-imported. */
    public synchronized void forget() {
        token = null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
