package org.passerelle.application.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.application.background.RepeatingTask;

/**
 * Seals the journal in the background: every {@code PASSERELLE_JOURNAL_SEAL_INTERVAL_MS} it chains
 * the committed entries, and every {@code PASSERELLE_JOURNAL_CHECKPOINT_SECONDS} it signs a
 * checkpoint. Every node runs it; a database lock lets one seal at a time.
 */
@ApplicationScoped
public class JournalSealing extends RepeatingTask {

    @Inject
    Provider<JournalSealingStep> step;

    @Inject
    @ConfigProperty(name = "passerelle.journal.seal-interval-ms", defaultValue = "1000")
    long sealIntervalMillis;

    @Inject
    @ConfigProperty(name = "passerelle.journal.checkpoint-seconds", defaultValue = "60")
    long checkpointSeconds;

    @Inject
    Clock clock;

    private volatile Instant lastCheckpoint = Instant.EPOCH;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start(Duration.ofMillis(sealIntervalMillis), Duration.ofMillis(sealIntervalMillis));
    }

    /** Seals what committed since the last run (unsealed entries simply wait for the next), then signs. */
    @Override
    protected void run() {
        while (step.get().seal()) {
            // a full batch: more may be waiting
        }
        Instant now = clock.instant();
        if (Duration.between(lastCheckpoint, now).getSeconds() >= checkpointSeconds) {
            step.get().checkpoint();
            lastCheckpoint = now;
        }
        // It reads the database every second or so: the surest sign that an outage is over.
        outage.available();
    }
}
