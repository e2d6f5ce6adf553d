package org.passerelle.simulator.reply;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.behaviour.Behaviour;
import org.passerelle.simulator.document.StatusDocument;
import org.passerelle.simulator.ledger.ReplyLog;
import org.passerelle.simulator.ledger.SentReply;

/**
 * Sends each partner's statuses one after the other on one thread per partner, so that a referral's
 * statuses reach Passerelle in the order the behaviour lists them, and retries a failed attempt with
 * exponential backoff a few times.
 */
public final class ReplyDispatcher implements AutoCloseable {

    static final int ATTEMPTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final Map<Partner, ReplyChannel> channels;
    private final Map<Partner, ExecutorService> queues = new EnumMap<>(Partner.class);
    private final ReplyLog log;

    public ReplyDispatcher(Map<Partner, ReplyChannel> channels, ReplyLog log) {
        this.channels = Map.copyOf(channels);
        this.log = log;
        for (Partner partner : Partner.values()) {
            queues.put(
                    partner,
                    Executors.newSingleThreadExecutor(Thread.ofPlatform()
                            .daemon()
                            .name("replies-" + partner.code())
                            .factory()));
        }
    }

    /** Queues the statuses of {@code types}, each a new document with a fresh messageId. */
    public void answer(Partner partner, String referralId, List<String> types, Behaviour behaviour) {
        queues.get(partner).execute(() -> {
            for (String type : types) {
                if (!pause(behaviour.replyDelayMs())) {
                    return;
                }
                StatusDocument status = StatusDocument.of(
                        partner,
                        referralId,
                        type,
                        behaviour.caseworker(),
                        "REJECT".equals(type) ? behaviour.rejectReasonCode() : behaviour.outcomeCode(),
                        behaviour.message());
                send(status, 1);
                if (behaviour.duplicateReplies()) {
                    send(status, 2);
                }
            }
        });
    }

    private void send(StatusDocument status, int copy) {
        ReplyChannel channel = channels.get(status.from());
        Object result = "failed";
        int attempt = 0;
        Duration backoff = FIRST_BACKOFF;
        while (attempt < ATTEMPTS) {
            attempt++;
            try {
                Delivery delivery = channel.deliver(status);
                result = delivery.result();
                logAttempt(status, copy, attempt, String.valueOf(result));
                if (!delivery.retry()) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                logAttempt(status, copy, attempt, "error=" + EventLog.describe(e));
            }
            if (attempt < ATTEMPTS && !pause(backoff.toMillis())) {
                return;
            }
            backoff = backoff.multipliedBy(2);
        }
        log.add(new SentReply(
                status.from().code(),
                status.messageId(),
                status.type(),
                status.referralId(),
                result,
                attempt,
                copy,
                Instant.now().toString()));
    }

    private static void logAttempt(StatusDocument status, int copy, int attempt, String result) {
        EventLog.event("reply partner=" + status.from() + " type=" + status.type() + " messageId="
                + status.messageId() + " referralId=" + status.referralId() + " copy=" + copy + " attempt="
                + attempt + " result=" + result);
    }

    /** False when interrupted: the simulator is stopping. */
    private static boolean pause(long millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        queues.values().forEach(ExecutorService::shutdownNow);
    }
}
