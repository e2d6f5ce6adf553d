package org.passerelle.application.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.application.protection.KeysUnavailableException;

/**
 * Ready only if the master key opens every organisation's current data keys. Checked at start and
 * then kept (the key cannot change without a restart): a server started with another master key
 * than the one that wrapped the database's keys (a restored backup with the wrong key folder, a
 * second node configured apart) stays unready, says which organisation's key and which version in
 * its data ({@code reason}) and in one log line, and its requests for personal data answer 503.
 * While the database is unreachable the check is simply tried again at the next probe.
 */
@Readiness
@ApplicationScoped
public class MasterKeyHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(MasterKeyHealthCheck.class);
    private static final String OPENS = "";

    @Inject
    FieldProtection protection;

    @Inject
    DatabaseOutage outage;

    /** Null until known; {@link #OPENS} when the key opens everything, else the reason. */
    private volatile String verdict;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        verdict();
    }

    @Override
    public HealthCheckResponse call() {
        String reason = verdict();
        var response = HealthCheckResponse.named("master-key").status(OPENS.equals(reason));
        return reason == null || !OPENS.equals(reason)
                ? response.withData("reason", reason == null ? "not checked yet: the database is unavailable" : reason)
                        .build()
                : response.build();
    }

    private synchronized String verdict() {
        if (verdict != null) {
            return verdict;
        }
        try {
            List<String> unopened = protection.currentKeysTheMasterKeyCannotOpen();
            verdict = unopened.isEmpty()
                    ? OPENS
                    : "the master key does not open the data key(s) " + String.join(", ", unopened)
                            + " (organisation and key version): start the server with the master key that"
                            + " wrapped them (PASSERELLE_KEYS_MASTER_KEYSTORE or PASSERELLE_KEYS_MASTER_KEY)";
        } catch (KeysUnavailableException e) {
            verdict = "the master key cannot be opened: " + e.getMessage();
        } catch (RuntimeException e) {
            if (!outage.absorbs(e, "the master key check")) {
                LOG.errorf(e, "The master key check failed; the next readiness probe retries");
            }
            return null;
        }
        if (!OPENS.equals(verdict)) {
            LOG.errorf("Not ready: %s", verdict);
        }
        return verdict;
    }
}
