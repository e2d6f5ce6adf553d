package org.passerelle.application.channel;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.exchange.DeliveryState;
import org.passerelle.domain.exchange.OutboxKind;
import org.passerelle.domain.exchange.OutboxMessage;

/** An outbox message as agents and administrators follow it: no content, only where it stands. */
public record DeliveryView(
        UUID id,
        UUID referralId,
        String partner,
        OutboxKind kind,
        DeliveryState state,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant closedAt,
        String resentBy,
        long version) {

    static DeliveryView of(OutboxMessage m) {
        return new DeliveryView(
                m.id(),
                m.referralId(),
                m.partner(),
                m.kind(),
                m.state(),
                m.attempts(),
                m.lastError(),
                m.createdAt(),
                m.state() == DeliveryState.PENDING ? m.nextAttemptAt() : null,
                m.deliveredAt(),
                m.closedAt(),
                m.resentBy(),
                m.version());
    }
}
