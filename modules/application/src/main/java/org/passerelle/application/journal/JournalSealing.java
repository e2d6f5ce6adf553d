package org.passerelle.application.journal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seals the journal in the background: every {@code PASSERELLE_JOURNAL_SEAL_INTERVAL_MS} it chains
 * the committed entries, and every {@code PASSERELLE_JOURNAL_CHECKPOINT_SECONDS} it signs a
 * checkpoint. Every node runs it; a database lock lets one seal at a time.
 */
@ApplicationScoped
public class JournalSealing {

    private static final Logger LOG = Logger.getLogger(JournalSealing.class);

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Provider<JournalSealingStep> step;

    @Inject
    @ConfigProperty(name = "passerelle.journal.seal-interval-ms", defaultValue = "1000")
    long sealIntervalMillis;

    @Inject
    @ConfigProperty(name = "passerelle.journal.checkpoint-seconds", defaultValue = "60")
    long checkpointSeconds;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean working = new AtomicBoolean();
    private volatile Instant lastCheckpoint = Instant.EPOCH;
    private volatile ScheduledFuture<?> ticks;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (started.compareAndSet(false, true)) {
            ticks = scheduler.scheduleWithFixedDelay(this::work, sealIntervalMillis, sealIntervalMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    private void work() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            while (step.get().seal()) {
                // a full batch: more may be waiting
            }
            Instant now = Instant.now();
            if (Duration.between(lastCheckpoint, now).getSeconds() >= checkpointSeconds) {
                step.get().checkpoint();
                lastCheckpoint = now;
            }
        } catch (RuntimeException e) {
            // Nothing is lost: unsealed entries wait for the next tick.
            LOG.errorf(e, "Journal sealing failed");
        } finally {
            working.set(false);
        }
    }
}
