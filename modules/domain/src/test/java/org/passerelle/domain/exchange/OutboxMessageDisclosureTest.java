package org.passerelle.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 16: a message remembers that its disclosure was journaled, until it closes undelivered. */
class OutboxMessageDisclosureTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    private final OutboxMessage message =
            new OutboxMessage(UUID.randomUUID(), "caf-49", OutboxKind.ORIENTATION, null, null, T0);

    @Test
    void itsDisclosureOutlivesFailedAttemptsAndDelivery() {
        message.disclosed(T0);
        message.failed("http-503", T0.plusSeconds(5));
        message.delivered(T0.plusSeconds(6));

        assertThat(message.disclosedAt()).isEqualTo(T0);
        assertThatThrownBy(message::undelivered).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deadAndUndeliveredItDisclosesAnewWhenResent() {
        message.disclosed(T0);
        message.dead("http-503", T0.plusSeconds(5));

        message.undelivered();
        message.resend("admin.passerelle", T0.plusSeconds(10));

        assertThat(message.disclosedAt()).isNull();
        assertThat(message.state()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void aPendingMessageIsNotUndelivered() {
        message.disclosed(T0);

        assertThatThrownBy(message::undelivered).isInstanceOf(IllegalStateException.class);
        assertThat(message.disclosedAt()).isEqualTo(T0);
    }
}
