package org.passerelle.domain.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the partners' keys, the outbox and the inbound record. Implementations run inside the caller's transaction. */
public interface ExchangeRepository {

    Optional<PartnerKey> partnerKey(String partner);

    List<PartnerKey> partnerKeys();

    void add(PartnerKey key);

    void add(OutboxMessage message);

    Optional<OutboxMessage> message(UUID id);

    /**
     * The partner of the oldest message due at {@code now} (as {@link #lockDue} finds them), leaving
     * out the {@code busy} partners: the partner a worker should serve next.
     */
    Optional<String> nextDuePartner(Instant now, Collection<String> busy);

    /**
     * Up to {@code limit} pending messages to {@code partner} due at {@code now}, each the oldest
     * pending one of its orientation (order per orientation), locked, skipping those another worker
     * or node holds and those about a restricted dossier (S15: they wait, untouched, until the
     * restriction is lifted).
     */
    List<OutboxMessage> lockDue(Instant now, String partner, int limit);

    /**
     * Makes the messages {@code node} held in an earlier start than {@code boot} due at {@code now},
     * no attempt counted, and holds them no more; returns how many.
     */
    int reclaim(String node, UUID boot, Instant now);

    /** The messages of these orientations, newest first (a list cut at its length keeps the recent ones). */
    List<OutboxMessage> messagesOf(Collection<UUID> referralIds);

    /** Messages in this state, most recently closed (or created) first, at most {@code limit}. */
    List<OutboxMessage> inState(DeliveryState state, int limit);

    /**
     * Records an inbound message id; {@code false} when it was already recorded (a replay or a
     * duplicate: apply nothing). Under concurrency the second caller waits for the first to commit.
     */
    boolean recordInbound(UUID messageId, String partner, String channel, UUID referralId, String type, Instant at);

    void flush();
}
