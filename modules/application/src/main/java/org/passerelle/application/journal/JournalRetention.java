package org.passerelle.application.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.passerelle.application.background.RepeatingTask;
import org.passerelle.journal.JournalPurger;
import org.passerelle.journal.Purge;
import org.passerelle.journal.PurgeRefusedException;

/**
 * Journal retention (S11): entries are kept {@code PASSERELLE_JOURNAL_RETENTION_MONTHS} months,
 * 12 by default, 6 to 36 allowed; any other value fails the deployment (never clamped). Once a day,
 * starting {@value #FIRST_RUN_MINUTES} minutes after the start, every node purges what is due; the
 * sealer's database lock makes them take turns, and the second finds nothing left. Each batch of
 * at most {@value #BATCH} entries is one transaction; the chain then starts at a signed epoch (see
 * {@link JournalPurger}). Logs counts and positions only.
 */
@ApplicationScoped
public class JournalRetention extends RepeatingTask {

    static final long BATCH = 100_000;
    static final long FIRST_RUN_MINUTES = 10;
    private static final Duration PERIOD = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(JournalRetention.class);

    @Inject
    Provider<JournalRetentionStep> step;

    @Inject
    @ConfigProperty(name = "passerelle.journal.retention-months", defaultValue = "12")
    int retentionMonths;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        requireValidRetention(retentionMonths);
        start(Duration.ofMinutes(FIRST_RUN_MINUTES), PERIOD);
        LOG.infof("Journal entries are kept %d months", retentionMonths);
    }

    /**
     * Purges everything due now, batch after batch.
     *
     * @return how many entries were purged
     * @throws PurgeRefusedException if the entries due do not verify: nothing more is purged
     */
    public long purgeNow() {
        long purged = 0;
        while (true) {
            Optional<Purge> purge = step.get().purge(retentionMonths, BATCH);
            if (purge.isEmpty()) {
                return purged;
            }
            purged += purge.get().entriesDeleted();
            LOG.infof(
                    "Journal retention: purged %d entries written before %s; the chain now starts at position %d",
                    purge.get().entriesDeleted(),
                    purge.get().cutoff(),
                    purge.get().epoch().startPosition());
            if (purge.get().entriesDeleted() < BATCH) {
                return purged;
            }
        }
    }

    /**
     * @throws IllegalStateException naming the variable and the allowed range, if outside it
     */
    static int requireValidRetention(int months) {
        try {
            return JournalPurger.requireValidRetention(months);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "PASSERELLE_JOURNAL_RETENTION_MONTHS (passerelle.journal.retention-months)"
                            + " is " + months + ": the access journal is kept between "
                            + JournalPurger.MIN_RETENTION_MONTHS
                            + " and " + JournalPurger.MAX_RETENTION_MONTHS + " months (DESIGN S11)",
                    e);
        }
    }

    @Override
    protected void run() {
        try {
            purgeNow();
        } catch (PurgeRefusedException e) {
            // The evidence stays: the DPO's integrity check shows the same fault.
            LOG.errorf("Journal retention stopped: %s", e.getMessage());
        }
    }
}
