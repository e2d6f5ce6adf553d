package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.OutboxKind;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralAcknowledgedLate;
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralChange.Side;
import org.passerelle.domain.referral.ReferralEscalated;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralHandedOver;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.ReferralReminded;
import org.passerelle.domain.referral.ReferralTransitioned;

/**
 * The transactional outbox (DESIGN §3): what a change to an orientation means for a partner that
 * works in its own system, written in the transaction of the change (it observes the change while
 * the transaction is in progress), so that it leaves if and only if the change commits. Partners on
 * Passerelle's inbox get nothing here.
 */
@ApplicationScoped
public class PartnerOutbox {

    /** Cancellation reasons of the contract (docs/partner-exchange.md §2.1). */
    static final String SENDER_WITHDREW = "SENDER_WITHDREW";

    static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
    static final String CASE_CLOSED = "CASE_CLOSED";
    static final String USAGER_OBJECTED = "USAGER_OBJECTED";
    static final String EXPIRED = "EXPIRED";

    @Inject
    ExchangeRepository exchange;

    @Inject
    ConventionRepository conventions;

    @Inject
    Event<OutboxWritten> written;

    /** Writes what the partner's system must hear of this change, if anything and if it has a channel. */
    @Transactional(TxType.MANDATORY)
    void record(@Observes(during = TransactionPhase.IN_PROGRESS) ReferralChange change) {
        messageFor(change)
                .filter(message -> conventions
                        .find(change.referral().conventionId())
                        .map(c -> c.channel().external())
                        .orElse(false))
                .ifPresent(message -> {
                    exchange.add(message);
                    written.fire(new OutboxWritten());
                });
    }

    /**
     * What the partner's system must hear of a change: the triage view when sent, the shared fields
     * when accepted, the sender's messages, and the end of the orientation when the CCAS side (the
     * sender, a withdrawn consent, an objection, a closed dossier) or Passerelle's timers end it. Nothing of its own moves, nothing
     * of a draft (its partner never heard of it).
     */
    static Optional<OutboxMessage> messageFor(ReferralChange change) {
        if (change.referral().conventionId() == null) {
            return Optional.empty();
        }
        boolean fromPartner = change.side() == Side.PARTNER;
        return switch (change) {
            case ReferralTransitioned moved ->
                switch (moved.transition()) {
                    case SEND -> message(change, OutboxKind.ORIENTATION, null, null);
                    case ACCEPT -> message(change, OutboxKind.SHARE, null, null);
                    case CANCEL ->
                        fromPartner
                                ? Optional.empty()
                                : message(
                                        change,
                                        OutboxKind.CANCELLATION,
                                        switch (moved.actor()) {
                                            case CONSENT_WITHDRAWAL ->
                                                ReferralEvent.OBJECTION.equals(moved.code())
                                                        ? USAGER_OBJECTED
                                                        : CONSENT_WITHDRAWN;
                                            case CASE_CLOSURE -> CASE_CLOSED;
                                            default -> SENDER_WITHDREW;
                                        },
                                        null);
                    case EXPIRE -> message(change, OutboxKind.CANCELLATION, EXPIRED, null);
                    case ACKNOWLEDGE, REJECT, START, HOLD, RESUME, COMPLETE, FAIL -> Optional.empty();
                };
            case ReferralMessaged messaged ->
                fromPartner ? Optional.empty() : message(change, OutboxKind.MESSAGE, null, messaged.eventId());
            case ReferralReminded reminded -> Optional.empty();
            case ReferralEscalated escalated -> Optional.empty();
            case ReferralAcknowledgedLate acknowledged -> Optional.empty();
            // the partner's own dispatch or handover, made in Passerelle: nothing to send its system
            case ReferralHandedOver handed -> Optional.empty();
        };
    }

    private static Optional<OutboxMessage> message(
            ReferralChange change, OutboxKind kind, String reason, UUID eventId) {
        Referral referral = change.referral();
        return Optional.of(new OutboxMessage(referral.id(), referral.partner(), kind, reason, eventId, change.at()));
    }
}
