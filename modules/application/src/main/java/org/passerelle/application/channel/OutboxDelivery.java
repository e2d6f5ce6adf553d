package org.passerelle.application.channel;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.passerelle.application.background.RepeatingTask;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.exchange.DeliveryResult;

/**
 * Delivers the outbox: polled every {@code PASSERELLE_EXCHANGE_POLL_MILLIS} for retries coming
 * due, and started at once when a transaction that wrote to the outbox commits. Several workers
 * claim batches side by side, each batch to one partner; each message is delivered by one of them
 * (SKIP LOCKED and a lease), on every node. A partner takes at most its share of the workers
 * ({@link PartnerShares}), and a worker that ends is replaced while others are still busy, so a
 * hung partner slows only its own deliveries. At start, the node first takes back what its
 * previous start held when it died.
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

    private volatile PartnerShares shares;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        shares = new PartnerShares(config.workersPerPartner());
        if (config.leaseRaised()) {
            LOG.warnf(
                    "The delivery lease is raised to %d s: shorter than a batch's worst case (%d calls of %d s + %d s)",
                    config.lease().toSeconds(),
                    DeliveryStep.BATCH,
                    config.connectTimeout().toSeconds(),
                    config.readTimeout().toSeconds());
        }
        reclaim();
        start(config.poll(), config.poll());
    }

    /** Messages this node held when it died are due now: they need not wait for their lease. */
    private void reclaim() {
        try {
            LOG.infof("Partner delivery: %d message(s) held by this node's previous start taken back", step.reclaim());
        } catch (RuntimeException e) {
            if (!outage.absorbs(e, "partner delivery")) {
                LOG.errorf(e, "Taking back this node's messages failed; they wait for their lease to end");
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        more.set(true);
        runNow();
    }

    @Override
    protected void run() throws InterruptedException {
        CompletionService<Integer> workers = new ExecutorCompletionService<>(executor);
        int running = 0;
        int delivered = 0;
        boolean topUp = true;
        while (true) {
            if (topUp) {
                more.set(false);
                for (; running < config.workers(); running++) {
                    workers.submit(this::drain);
                }
            }
            Future<Integer> ended = workers.poll(config.poll().toMillis(), TimeUnit.MILLISECONDS);
            if (ended == null) {
                // Some workers are still busy (a slow partner): the idle places serve retries coming due.
                topUp = true;
                continue;
            }
            running--;
            delivered += handled(ended);
            topUp = more.get();
            if (running == 0 && !topUp) {
                break;
            }
        }
        if (delivered > 0) {
            LOG.debugf("Partner delivery: %d message(s) handled", delivered);
        }
    }

    private int handled(Future<Integer> worker) throws InterruptedException {
        try {
            return worker.get();
        } catch (ExecutionException e) {
            if (!outage.absorbs(e.getCause(), "partner delivery")) {
                LOG.errorf(e.getCause(), "A delivery worker failed; its messages wait for their lease to end");
            }
            return 0;
        }
    }

    /**
     * Serves the partner of the oldest due message whose share has room, a batch at a time, until
     * none is due; returns how many messages it handled.
     */
    private int drain() {
        int handled = 0;
        Set<String> done = new HashSet<>(); // partners with nothing left that this worker could claim
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system(DeliveryStep.JOB))) {
            Optional<String> next;
            while ((next = step.nextPartner(busy(done))).isPresent()) {
                String partner = next.get();
                if (!shares.enter(partner)) {
                    continue; // another worker took its last place meanwhile
                }
                try {
                    int batch = deliverBatch(partner);
                    if (batch == 0) {
                        done.add(partner);
                    }
                    handled += batch;
                } finally {
                    shares.leave(partner);
                }
            }
        }
        return handled;
    }

    private Set<String> busy(Set<String> done) {
        Set<String> busy = new HashSet<>(done);
        busy.addAll(shares.full());
        return busy;
    }

    private int deliverBatch(String partner) {
        List<Parcel> parcels = step.claim(partner);
        List<Parcel> answered = new ArrayList<>(parcels.size());
        for (Parcel parcel : parcels) {
            DeliveryResult result =
                    runtime.exchange().deliver(parcel.endpoint(), parcel.messageId(), parcel.document());
            answered.add(parcel.delivered(result));
        }
        if (!answered.isEmpty()) {
            step.settle(answered);
        }
        return parcels.size();
    }
}
