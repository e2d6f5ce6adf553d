package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.OutboxKind;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.secrecy.referral.Transition;

/**
 * The transactional outbox (DESIGN §3): what a change to an orientation means for a partner that
 * works in its own system, written in the transaction of the change, so that it leaves if and only
 * if the change commits. Partners on Passerelle's inbox get nothing here.
 */
@ApplicationScoped
public class PartnerOutbox {

    /** Cancellation reasons of the contract (docs/partner-exchange.md §2.1). */
    static final String SENDER_WITHDREW = "SENDER_WITHDREW";
    static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
    static final String EXPIRED = "EXPIRED";

    @Inject
    ExchangeRepository exchange;

    @Inject
    ConventionRepository conventions;

    @Inject
    Event<OutboxWritten> written;

    /**
     * Records what the partner's system must hear of this timeline event, if anything: the triage
     * view when sent, the shared fields when accepted, the sender's messages, and the end of the
     * orientation when the CCAS side (the sender, a withdrawn consent, the timers) ends it.
     *
     * @param actorOrganisation the organisation of whoever caused the event; none for Passerelle itself
     */
    @Transactional(TxType.MANDATORY)
    public void record(Referral referral, String eventKind, String actorOrganisation, String code, UUID eventId,
                       Instant at) {
        if (referral.conventionId() == null || !conventions.find(referral.conventionId())
                .map(c -> c.channel().external()).orElse(false)) {
            return;
        }
        boolean ccasSide = actorOrganisation == null || actorOrganisation.equals(referral.organisationCode());
        OutboxMessage message = null;
        if (eventKind.equals(Transition.SEND.name())) {
            message = new OutboxMessage(referral.id(), referral.partner(), OutboxKind.ORIENTATION, null, null, at);
        } else if (eventKind.equals(Transition.ACCEPT.name())) {
            message = new OutboxMessage(referral.id(), referral.partner(), OutboxKind.SHARE, null, null, at);
        } else if (eventKind.equals(ReferralEvent.MESSAGE) && ccasSide) {
            message = new OutboxMessage(referral.id(), referral.partner(), OutboxKind.MESSAGE, null, eventId, at);
        } else if (eventKind.equals(Transition.CANCEL.name()) && ccasSide) {
            String reason = ReferralEvent.CONSENT_WITHDRAWN.equals(code) ? CONSENT_WITHDRAWN : SENDER_WITHDREW;
            message = new OutboxMessage(referral.id(), referral.partner(), OutboxKind.CANCELLATION, reason, null, at);
        } else if (eventKind.equals(Transition.EXPIRE.name())) {
            message = new OutboxMessage(referral.id(), referral.partner(), OutboxKind.CANCELLATION, EXPIRED, null, at);
        }
        if (message != null) {
            exchange.add(message);
            written.fire(new OutboxWritten());
        }
    }
}
