package org.passerelle.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message to a partner system, written in the transaction that changes its orientation (the
 * transactional outbox) and delivered afterwards. It holds no content: what leaves is built from
 * the orientation when it leaves, so a share whose access has ended by then is skipped (S7). Its
 * id is the message id the partner deduplicates on; a redelivery after a crash reuses it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Column(name = "partner_code", nullable = false, updatable = false)
    private String partner;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private OutboxKind kind;

    @Column(name = "reason_code", updatable = false)
    private String reasonCode;

    @Column(name = "event_id", updatable = false)
    private UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private DeliveryState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "resent_by")
    private String resentBy;

    @Column(name = "disclosed_at")
    private Instant disclosedAt;

    /** The node holding the message for a delivery under way, and that node's start; none otherwise. */
    @Column(name = "held_by_node")
    private String heldByNode;

    @Column(name = "held_by_boot")
    private UUID heldByBoot;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    /**
     * @param reasonCode a cancellation's reason, else none
     * @param eventId    the timeline event whose sealed text a MESSAGE carries, else none
     */
    public OutboxMessage(
            UUID referralId, String partner, OutboxKind kind, String reasonCode, UUID eventId, Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = Objects.requireNonNull(referralId, "referralId");
        this.partner = Objects.requireNonNull(partner, "partner");
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == OutboxKind.MESSAGE) != (eventId != null)) {
            throw new IllegalArgumentException("A MESSAGE names its timeline event, and only a MESSAGE");
        }
        this.reasonCode = reasonCode;
        this.eventId = eventId;
        this.state = DeliveryState.PENDING;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.nextAttemptAt = at;
    }

    public void delivered(Instant at) {
        requirePending();
        attempts++;
        state = DeliveryState.DELIVERED;
        deliveredAt = at;
        closedAt = at;
        lastError = null;
        release();
    }

    /**
     * Reserved for a delivery under way by this node in this start of it: no one else takes it
     * before {@code until}, except the same node started again
     * ({@link ExchangeRepository#reclaim}).
     */
    public void reserve(Instant until, String node, UUID boot) {
        requirePending();
        nextAttemptAt = Objects.requireNonNull(until, "until");
        heldByNode = Objects.requireNonNull(node, "node");
        heldByBoot = Objects.requireNonNull(boot, "boot");
    }

    private void release() {
        heldByNode = null;
        heldByBoot = null;
    }

    /** A failed attempt to try again at {@code next}. */
    public void failed(String error, Instant next) {
        requirePending();
        attempts++;
        lastError = Objects.requireNonNull(error, "error");
        nextAttemptAt = Objects.requireNonNull(next, "next");
        release();
    }

    /** Refused for good, or the last attempt failed: a person has to look at it. */
    public void dead(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = Objects.requireNonNull(error, "error");
        state = DeliveryState.DEAD;
        closedAt = at;
        release();
    }

    /** Not to be sent any more (the access it would give has ended). */
    public void skipped(String why, Instant at) {
        requirePending();
        lastError = Objects.requireNonNull(why, "why");
        state = DeliveryState.SKIPPED;
        closedAt = at;
        release();
    }

    /** Someone asks for a dead message to be tried again, with a fresh count of attempts and the same id. */
    public void resend(String by, Instant at) {
        if (state != DeliveryState.DEAD) {
            throw new IllegalStateException("Only a dead message is resent");
        }
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = at;
        closedAt = null;
        resentBy = Objects.requireNonNull(by, "by");
    }

    /**
     * The journal entry of what this message discloses was written (S11): further attempts of the
     * same message are attempts, not new disclosures.
     */
    public void disclosed(Instant at) {
        requirePending();
        disclosedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Closed without reaching its partner, and journaled so: what it disclosed never left. A resend
     * then discloses anew.
     */
    public void undelivered() {
        if (!state.isClosed() || state == DeliveryState.DELIVERED) {
            throw new IllegalStateException("The message is " + state);
        }
        disclosedAt = null;
    }

    private void requirePending() {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("The message is " + state);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public String partner() {
        return partner;
    }

    public OutboxKind kind() {
        return kind;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public UUID eventId() {
        return eventId;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String resentBy() {
        return resentBy;
    }

    /** When its disclosure was journaled; null before, and after it closed undelivered. */
    public Instant disclosedAt() {
        return disclosedAt;
    }

    public String heldByNode() {
        return heldByNode;
    }

    public UUID heldByBoot() {
        return heldByBoot;
    }

    public long version() {
        return version;
    }
}
