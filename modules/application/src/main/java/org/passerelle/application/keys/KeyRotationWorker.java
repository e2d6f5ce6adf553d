package org.passerelle.application.keys;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;

/**
 * Runs the running rotations in the background: every few seconds, and at once when one starts.
 * After a crash or a restart it simply finds them still RUNNING and goes on. Two nodes may work on
 * the same rotation: each batch locks its rows with SKIP LOCKED, so they share the work.
 */
@ApplicationScoped
public class KeyRotationWorker {

    private static final Logger LOG = Logger.getLogger(KeyRotationWorker.class);

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Provider<KeyRotationService> service;

    @Inject
    @ConfigProperty(name = "passerelle.keys.rotation.batch-size", defaultValue = "500")
    int batchSize;

    /** A pause between batches, to throttle a rotation on a busy server. */
    @Inject
    @ConfigProperty(name = "passerelle.keys.rotation.pause-ms", defaultValue = "0")
    long pauseMillis;

    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile ScheduledFuture<?> ticks;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (started.compareAndSet(false, true)) {
            ticks = scheduler.scheduleWithFixedDelay(this::work, 5, 2, TimeUnit.SECONDS);
        }
    }

    /** Starts work now rather than at the next tick. */
    void wake() {
        scheduler.execute(this::work);
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
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system("key-rotation"))) {
            for (UUID id : service.get().running()) {
                while (service.get().step(id, batchSize)) {
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The next tick retries; the rows say where to resume.
            LOG.errorf(e, "Key rotation batch failed");
        } finally {
            working.set(false);
        }
    }
}
