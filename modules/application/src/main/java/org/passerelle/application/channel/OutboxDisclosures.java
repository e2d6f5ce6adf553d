package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.DeliveryAttempt;
import org.passerelle.application.referral.PartnerDisclosure;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;
import org.passerelle.exchange.ChannelKind;

/**
 * The journal's side of delivering outbox messages (S11, S14, issue 16): one disclosure, one
 * entry. A message's first attempt journals what it discloses as one SHARE to the receiving
 * organisation, with the message id as the entry's request id and the channel as its client
 * address, in the claim's transaction, before it leaves; its further attempts open the same fields
 * without a new entry. A message that closes without reaching its partner after its disclosure was
 * journaled gets an UNDELIVERED entry with the same request id: the journal stays append-only, and
 * the access report counts one disclosure per message that left.
 */
@ApplicationScoped
class OutboxDisclosures {

    /** What the client address of a delivery's entries starts with, before the channel's name. */
    static final String CHANNEL = "channel:";

    @Inject
    PartnerDocuments documents;

    @Inject
    PartnerDisclosure disclosure;

    /**
     * The message's document as the partner's system receives it, its disclosure journaled on the
     * message's first attempt only; empty when it must not leave any more (S7, refusal journaled).
     */
    Optional<byte[]> document(OutboxMessage message, Referral referral, ChannelKind channel, Instant now) {
        DeliveryAttempt attempt =
                new DeliveryAttempt(Caller.partnerDelivery(message.partner()), message.disclosedAt() != null);
        Optional<byte[]> document;
        try (ActorContext.Scope ignored = ActorContext.bind(actor(message, channel))) {
            document = documents.build(attempt, message, referral, now);
        }
        if (attempt.wroteDisclosure()) {
            message.disclosed(now);
        }
        return document;
    }

    /**
     * After the message closed without reaching its partner (dead or skipped): if its disclosure
     * was journaled, says so once, so that a resend journals anew.
     *
     * @param channel the channel it was tried on; {@code null} when it has none any more
     */
    void undelivered(OutboxMessage message, ChannelKind channel) {
        if (message.disclosedAt() == null) {
            return;
        }
        Referral referral = disclosure
                .referral(message.referralId())
                .orElseThrow(() -> new IllegalStateException("An outbox message's orientation is gone"));
        try (ActorContext.Scope ignored = ActorContext.bind(actor(message, channel))) {
            disclosure.undelivered(Caller.partnerDelivery(message.partner()), referral, message.lastError());
        }
        message.undelivered();
    }

    /** The message as the journal's request, and its channel as the client's address. */
    private static Actor actor(OutboxMessage message, ChannelKind channel) {
        return new Actor(
                Caller.PARTNER_DELIVERY,
                message.partner(),
                message.id().toString(),
                channel == null ? null : CHANNEL + channel.name());
    }
}
