package org.passerelle.domain.exchange;

/** Where an outbox message stands. */
public enum DeliveryState {
    /** Waiting for its next attempt. */
    PENDING,
    /** The partner's system took it. */
    DELIVERED,
    /** Refused for good or out of attempts: waits for someone to resend it. */
    DEAD,
    /** Not sent because the orientation no longer allows it (a share after the access ended, S7). */
    SKIPPED;

    public boolean isClosed() {
        return this != PENDING;
    }
}
