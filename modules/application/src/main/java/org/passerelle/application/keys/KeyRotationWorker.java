package org.passerelle.application.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.application.background.RepeatingTask;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;

/**
 * Runs the running rotations in the background: every few seconds, and at once when one starts.
 * After a crash or a restart it simply finds them still RUNNING and goes on. Two nodes may work on
 * the same rotation: each batch locks its rows with SKIP LOCKED, so they share the work.
 */
@ApplicationScoped
public class KeyRotationWorker extends RepeatingTask {

    @Inject
    Provider<KeyRotationService> service;

    @Inject
    @ConfigProperty(name = "passerelle.keys.rotation.batch-size", defaultValue = "500")
    int batchSize;

    /** A pause between batches, to throttle a rotation on a busy server. */
    @Inject
    @ConfigProperty(name = "passerelle.keys.rotation.pause-ms", defaultValue = "0")
    long pauseMillis;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start(Duration.ofSeconds(5), Duration.ofSeconds(2));
    }

    /** Starts work now rather than at the next tick. */
    void wake() {
        runNow();
    }

    @Override
    protected void run() throws InterruptedException {
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system("key-rotation"))) {
            for (UUID id : service.get().running()) {
                while (service.get().step(id, batchSize)) {
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            }
        }
    }
}
