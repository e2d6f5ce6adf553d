package org.passerelle.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Reports whether the realm's OpenID discovery document answers, without ever making the server
 * unready: tokens already issued keep being verified with the keys the server fetched, so a node
 * serves the API through a Keycloak outage; only new sign-ins need Keycloak. Were readiness to
 * follow Keycloak, a load balancer would drop every node at once. The state is in the check's data
 * ({@code reachable}), and a change of it is logged once.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(KeycloakHealthCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicBoolean lastReachable = new AtomicBoolean(true);

    @Inject
    @ConfigProperty(name = "passerelle.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "passerelle.keycloak.realm")
    String realm;

    @Override
    public HealthCheckResponse call() {
        URI discovery = URI.create(keycloakUrl + "/realms/" + realm + "/.well-known/openid-configuration");
        String failure;
        try {
            int status = client.send(
                            HttpRequest.newBuilder(discovery)
                                    .timeout(TIMEOUT)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            failure = status == 200 ? null : "HTTP " + status;
        } catch (IOException e) {
            failure = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        boolean reachable = failure == null;
        if (lastReachable.getAndSet(reachable) != reachable) {
            if (reachable) {
                LOG.infof("Keycloak reachable again at %s: sign-ins work", discovery);
            } else {
                LOG.warnf(
                        "Keycloak unreachable at %s (%s): no new sign-in until it is back; tokens already "
                                + "issued are still served",
                        discovery, failure);
            }
        }
        return HealthCheckResponse.named("keycloak")
                .up()
                .withData("realm", realm)
                .withData("reachable", reachable)
                .build();
    }
}
