package org.passerelle.application.channel;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.passerelle.application.background.RepeatingTask;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.exchange.DeliveryResult;

/**
 * Delivers the outbox: polled every {@code PASSERELLE_EXCHANGE_POLL_MILLIS} for retries coming
 * due, and started at once when a transaction that wrote to the outbox commits. Several workers
 * claim batches side by side; each message is delivered by one of them (SKIP LOCKED and a lease),
 * on every node.
 */
@ApplicationScoped
public class OutboxDelivery extends RepeatingTask {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    @Inject
    DeliveryStep step;

    @Inject
    ExchangeRuntime runtime;

    @Inject
    ExchangeConfig config;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    /** Set when work arrives during a run, so that the run goes round once more rather than leave it to the next poll. */
    private final AtomicBoolean more = new AtomicBoolean();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start(config.poll(), config.poll());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        more.set(true);
        runNow();
    }

    @Override
    protected void run() throws InterruptedException {
        do {
            more.set(false);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < config.workers(); i++) {
                workers.add(executor.submit(this::drain));
            }
            int delivered = 0;
            for (Future<Integer> worker : workers) {
                try {
                    delivered += worker.get();
                } catch (ExecutionException e) {
                    if (!outage.absorbs(e.getCause(), "partner delivery")) {
                        LOG.errorf(e.getCause(), "A delivery worker failed; its messages wait for their lease to end");
                    }
                }
            }
            if (delivered > 0) {
                LOG.debugf("Partner delivery: %d message(s) handled", delivered);
            }
        } while (more.get());
    }

    /** Claims, delivers and settles batches until none is due; returns how many messages it handled. */
    private int drain() {
        int handled = 0;
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system(DeliveryStep.JOB))) {
            List<Parcel> parcels;
            while (!(parcels = step.claim()).isEmpty()) {
                List<Parcel> answered = new ArrayList<>(parcels.size());
                for (Parcel parcel : parcels) {
                    DeliveryResult result =
                            runtime.exchange().deliver(parcel.endpoint(), parcel.messageId(), parcel.document());
                    answered.add(parcel.delivered(result));
                }
                step.settle(answered);
                handled += parcels.size();
            }
        }
        return handled;
    }
}
