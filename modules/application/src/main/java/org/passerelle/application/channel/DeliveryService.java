package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.ReferralStateException;
import org.passerelle.domain.exchange.DeliveryState;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.exchange.OutboxMessage;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * Deliveries to partner systems as people follow them: an administrator sees every message (dead
 * letters first), a CCAS agent those of the orientations they follow; either may resend a dead
 * one, with the same message id (the partner deduplicates).
 */
@ApplicationScoped
public class DeliveryService {

    static final int LIST_MAX = 500;
    static final String ROLE_NOT_PERMITTED = "role-not-permitted";

    @Inject
    AccessGate gate;

    @Inject
    ExchangeRepository exchange;

    @Inject
    ReferralRepository referrals;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    Clock clock;

    @Transactional
    public List<DeliveryView> list(Caller caller, DeliveryState state) {
        List<OutboxMessage> messages;
        if (caller.has(Role.ADMIN)) {
            messages = exchange.inState(state == null ? DeliveryState.DEAD : state, LIST_MAX);
        } else if (caller.has(Role.CCAS_AGENT)) {
            List<UUID> followed = referrals.followedBy(caller.organisation(), caller.username()).stream()
                    .map(Referral::id)
                    .toList();
            messages = exchange.messagesOf(followed).stream()
                    .filter(m -> state == null || m.state() == state)
                    .limit(LIST_MAX)
                    .toList();
        } else {
            throw gate.refuseRole(caller, JournalAction.READ, Target.organisation(caller.organisation()));
        }
        return messages.stream().map(DeliveryView::of).toList();
    }

    /** Sends a dead message again: 404 unknown or not the caller's to see, 409 unless dead. Journaled. */
    @Transactional
    public DeliveryView resend(Caller caller, UUID id) {
        OutboxMessage message = (id == null ? null : exchange.message(id).orElse(null));
        Referral referral =
                message == null ? null : referrals.find(message.referralId()).orElse(null);
        if (referral == null) {
            throw new NotFoundException("delivery");
        }
        if (!mayFollow(caller, referral)) {
            // Another CCAS's or another agent's delivery exists; it is not the caller's to know of.
            throw gate.refuse(
                    caller,
                    JournalAction.UPDATE,
                    Target.of(referral),
                    Set.of(),
                    Outcome.NOT_FOUND,
                    caller.has(Role.CCAS_AGENT) ? "not-followed" : AccessGate.ROLE_NOT_PERMITTED,
                    Sharing.of(referral));
        }
        if (message.state() != DeliveryState.DEAD) {
            throw new ReferralStateException("not-dead");
        }
        message.resend(caller.username(), clock.instant());
        gate.record(
                caller, JournalAction.UPDATE, Target.of(referral), Set.of(), "delivery-resend", Sharing.of(referral));
        exchange.flush();
        written.fire(new OutboxWritten());
        return DeliveryView.of(message);
    }

    private boolean mayFollow(Caller caller, Referral referral) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        return caller.has(Role.CCAS_AGENT)
                && referral.organisationCode().equals(caller.organisation())
                && referrals.followedBy(caller.organisation(), caller.username()).stream()
                        .anyMatch(r -> r.id().equals(referral.id()));
    }
}
