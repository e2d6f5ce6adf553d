package org.passerelle.web.api.input;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body the API reads: {@code PASSERELLE_API_MAX_BODY_BYTES}, 1 MiB by default
 * (a JSON request is a few kilobytes; the largest, a convention or a partner's status, stays far
 * below). A larger body is refused with 413 before it is read. The server's own limit (Undertow's
 * {@code max-post-size}, 10 MiB, ear/src/main/wildfly/configure.cli) must stay above this one,
 * otherwise the server cuts the body first and answers a bare 400. A value outside 16 KiB to
 * that limit stops the deployment.
 */
@ApplicationScoped
public class ApiLimits {

    /** Below this, ordinary requests would be refused: a setting this small is a mistake. */
    static final long MAX_BODY_BYTES_MIN = 16 * 1024;
    /** Undertow's {@code max-post-size} as configure.cli sets it. */
    static final long SERVER_MAX_POST_SIZE = 10L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "passerelle.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    /** Checked at deployment: a value out of range stops it rather than failing every request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (maxBodyBytes < MAX_BODY_BYTES_MIN || maxBodyBytes > SERVER_MAX_POST_SIZE) {
            throw new IllegalStateException("PASSERELLE_API_MAX_BODY_BYTES (passerelle.api.max-body-bytes) must be"
                    + " between " + MAX_BODY_BYTES_MIN + " and the server's max-post-size, " + SERVER_MAX_POST_SIZE);
        }
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }
}
