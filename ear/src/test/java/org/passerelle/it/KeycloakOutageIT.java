package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testing.PrivatePostgres;

/**
 * Keycloak killed (issue 16): the server stays ready and serves the tokens it can verify with the
 * keys it already has; Keycloak's state shows in its own health check, not in readiness; new
 * logins are refused clearly: Keycloak's token endpoint does not answer, and a visitor of the pages
 * is sent to a page of ours saying that signing in is unavailable for a while (503), not to an
 * address the browser cannot reach. A server started while Keycloak is down deploys,
 * refuses a garbage token with 401, and serves once Keycloak is back, without a restart; its
 * visitors are then sent to Keycloak's sign-in page again.
 */
@ExtendWith(StackExtension.class)
@OwnStack("stops the tests' Keycloak and starts a second server beside")
class KeycloakOutageIT {

    private static final String DATABASE = "passerelle_keycloak_outage";

    @Test
    void theApiOutlivesKeycloakAndAServerStartedWithoutItPicksItUpLater() throws Exception {
        String token = Keycloak.token("agent.saumur");
        assertThat(Http.get(Http.api("/me"), token).statusCode()).isEqualTo(200);
        String password = Faults.password();
        try (PrivatePostgres postgres = PrivatePostgres.start(
                Stack.runFolder().resolve("keycloak-outage-postgres"), Stack.PORTS.privatePostgres())) {
            postgres.createDatabase(DATABASE, DATABASE, password);
            try (IsolatedServer server = new IsolatedServer(
                    "keycloak-outage-server", postgres.url(DATABASE), DATABASE, password, Faults.masterKey())) {
                whileKeycloakIsDown(token, server);
                // A token of now: the one above may have expired while the second server booted.
                String fresh = Keycloak.token("passerelle-cli", "agent.saumur", Keycloak.DEMO_PASSWORD);
                HttpResponse<String> me = Faults.awaitAnswer(
                        URI.create(IsolatedServer.API + "/me"),
                        fresh,
                        r -> r.statusCode() == 200,
                        Duration.ofSeconds(30));
                assertThat(Http.json(me).path("username").asText()).isEqualTo("agent.saumur");
                assertThat(Http.get(URI.create(IsolatedServer.API + "/me"), "garbage.token.value")
                                .statusCode())
                        .isEqualTo(401);
                await("the isolated server's visitors sent to Keycloak's sign-in again")
                        .atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> signInPage(IsolatedServer.API.resolve("/ui/"))
                                .startsWith(Stack.KEYCLOAK_URL + "/realms/" + Stack.REALM
                                        + "/protocol/openid-connect/auth"));
            }
        }
    }

    /** Checks both servers while Keycloak is stopped, starting the second one then; starts Keycloak again. */
    private static void whileKeycloakIsDown(String token, IsolatedServer server) throws Exception {
        Stack.current().stopKeycloak();
        try {
            HttpResponse<String> ready = Http.get(Stack.MANAGEMENT.resolve("/health/ready"), null);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(check(ready, "keycloak").path("data").path("reachable").asBoolean(true))
                    .as("Keycloak's state in its own check: %s", ready.body())
                    .isFalse();
            assertThat(Http.get(Http.api("/me"), token).statusCode())
                    .as("a valid token still served")
                    .isEqualTo(200);
            assertThat(Http.get(Http.api("/me"), "garbage.token.value").statusCode())
                    .isEqualTo(401);
            assertThatNewLoginsAreRefused();
            assertThatSigningInIsSaidUnavailable(Http.api("/me").resolve("/ui/"));

            server.start();
            HttpResponse<String> isolatedReady = Faults.awaitAnswer(
                    URI.create(IsolatedServer.MANAGEMENT + "/health/ready"),
                    null,
                    r -> r.statusCode() == 200,
                    Duration.ofMinutes(3));
            assertThat(check(isolatedReady, "keycloak")
                            .path("data")
                            .path("reachable")
                            .asBoolean(true))
                    .isFalse();
            HttpResponse<String> garbage = Http.get(URI.create(IsolatedServer.API + "/me"), "garbage.token.value");
            Http.assertProblem(garbage, 401);
            assertThat(garbage.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(Http.get(URI.create(IsolatedServer.API + "/me"), token).statusCode())
                    .as("no key to check a valid token with yet: refused, not an error")
                    .isEqualTo(401);
            assertThatSigningInIsSaidUnavailable(IsolatedServer.API.resolve("/ui/"));
        } finally {
            Stack.current().startKeycloakAgain();
        }
    }

    /**
     * A visitor of the pages is sent to our page saying that signing in is unavailable: 503 with
     * Retry-After, in plain words, with a way to try again.
     */
    private static void assertThatSigningInIsSaidUnavailable(URI pages) {
        URI signIn = pages.resolve(signInPage(pages));
        assertThat(signIn.getPath()).isEqualTo("/sign-in-unavailable");
        assertThat(signIn.getAuthority()).isEqualTo(pages.getAuthority());
        HttpResponse<String> page = Http.send(
                HttpRequest.newBuilder(signIn).header("Accept-Language", "fr").GET());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("Connexion momentanément indisponible")
                .contains("les personnes déjà connectées continuent de travailler")
                .contains("Réessayer de se connecter");
    }

    /** Where a browser visiting {@code pages} without a session is sent to sign in. */
    private static String signInPage(URI pages) {
        HttpResponse<String> visit = Http.send(HttpRequest.newBuilder(pages).GET());
        assertThat(visit.statusCode())
                .as("a visitor is sent to sign in: %s", visit.body())
                .isEqualTo(302);
        return visit.headers().firstValue("Location").orElseThrow();
    }

    /** The token endpoint cannot be reached: a client gets a connection error, not a token. */
    private static void assertThatNewLoginsAreRefused() {
        try {
            HttpResponse<String> login = Http.postForm(
                    URI.create(Stack.KEYCLOAK_URL + "/realms/" + Stack.REALM + "/protocol/openid-connect/token"),
                    java.util.Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            "passerelle-cli",
                            "username",
                            "agent.saumur",
                            "password",
                            Keycloak.DEMO_PASSWORD));
            throw new AssertionError("a login succeeded or was answered while Keycloak is down: " + login.statusCode());
        } catch (IllegalStateException refused) {
            assertThat(refused).hasMessageContaining("request failed");
        }
    }

    private static JsonNode check(HttpResponse<String> health, String name) {
        for (JsonNode check : Http.json(health).path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health.body());
    }
}
