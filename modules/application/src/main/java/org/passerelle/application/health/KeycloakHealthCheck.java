package org.passerelle.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready only when the realm's OpenID discovery document answers: without it no token can be
 * validated once the server's cached keys expire.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(KeycloakHealthCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    @ConfigProperty(name = "passerelle.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "passerelle.keycloak.realm")
    String realm;

    @Override
    public HealthCheckResponse call() {
        URI discovery = URI.create(keycloakUrl + "/realms/" + realm + "/.well-known/openid-configuration");
        int status;
        try {
            status = client.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warnf("Keycloak unreachable at %s: %s", discovery, e.getClass().getSimpleName());
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return HealthCheckResponse.named("keycloak")
                .status(status == 200)
                .withData("realm", realm)
                .build();
    }
}
