package org.passerelle.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak's sign-in answers now: its discovery document, asked at most every few seconds
 * and with a short timeout, so that a visitor sent to sign in waits at most a second for the answer
 * and an outage costs Keycloak no flood of probes.
 */
final class SignInReachability {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration KEPT = Duration.ofSeconds(5);

    private final URI discovery;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile boolean reachable = true;

    /** When the answer may be asked again, on the monotonic clock (a pace, not a time of day). */
    private volatile long nextProbeNanos = System.nanoTime();

    SignInReachability(String realmUrl) {
        this.discovery = URI.create(realmUrl + "/.well-known/openid-configuration");
    }

    boolean reachable() {
        long now = System.nanoTime();
        if (now - nextProbeNanos >= 0) {
            nextProbeNanos = now + KEPT.toNanos();
            reachable = probe();
        }
        return reachable;
    }

    private boolean probe() {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
