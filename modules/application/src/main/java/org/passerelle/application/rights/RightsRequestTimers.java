package org.passerelle.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.jboss.logging.Logger;
import org.passerelle.application.background.RepeatingTask;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;

/**
 * Raises to the DPO the rights requests left unanswered past their due date, on every node: each
 * batch locks its rows with SKIP LOCKED and marks them alerted in the same transaction as the
 * alert, so each overdue request raises exactly one alert across nodes and runs.
 */
@ApplicationScoped
public class RightsRequestTimers extends RepeatingTask {

    private static final Logger LOG = Logger.getLogger(RightsRequestTimers.class);

    @Inject
    Provider<RightsRequestOverdue> step;

    @Inject
    RightsConfig config;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start(config.checkInterval(), config.checkInterval());
    }

    @Override
    protected void run() {
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system(RightsRequestOverdue.JOB))) {
            int alerted = 0;
            int batch;
            while ((batch = step.get().alert()) == RightsRequestOverdue.BATCH) {
                alerted += batch;
            }
            alerted += batch;
            if (alerted > 0) {
                LOG.debugf("Rights requests: %d overdue, raised to the DPO", alerted);
            }
        }
    }
}
