package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.passerelle.application.background.RepeatingTask;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;

/**
 * Reminds, escalates (URGENT ones) and expires orientations the partner leaves unanswered (DESIGN §4), on every node: each
 * batch locks its rows with SKIP LOCKED and changes them in the same transaction, so each reminder
 * and each expiry happens exactly once across nodes.
 */
@ApplicationScoped
public class ReferralTimers extends RepeatingTask {

    private static final Logger LOG = Logger.getLogger(ReferralTimers.class);

    @Inject
    Provider<ReferralTimerStep> step;

    @Inject
    ReferralConfig config;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Duration interval = Duration.ofMillis(config.timerIntervalMillis());
        start(interval, interval);
    }

    /** Due orientations that a failed run leaves simply wait for the next. */
    @Override
    protected void run() {
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system(ReferralTimerStep.JOB))) {
            // Expiry first: an orientation past both times expires without a late reminder.
            int expired = 0;
            int batch;
            while ((batch = step.get().expire()) == ReferralTimerStep.BATCH) {
                expired += batch;
            }
            expired += batch;
            int reminded = 0;
            while ((batch = step.get().remind()) == ReferralTimerStep.BATCH) {
                reminded += batch;
            }
            reminded += batch;
            int escalated = 0;
            while ((batch = step.get().escalate()) == ReferralTimerStep.BATCH) {
                escalated += batch;
            }
            escalated += batch;
            if (expired + reminded + escalated > 0) {
                LOG.debugf("Orientation timers: %d expired, %d reminded, %d escalated", expired, reminded, escalated);
            }
        }
    }
}
