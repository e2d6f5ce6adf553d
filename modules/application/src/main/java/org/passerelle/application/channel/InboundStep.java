package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.PartnerDisclosure;
import org.passerelle.application.referral.PartnerReferralService;
import org.passerelle.application.referral.TransitionDetails;
import org.passerelle.domain.exchange.ExchangeRepository;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.referral.Referral;
import org.passerelle.exchange.PartnerEndpoint;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.referral.Transition;

/**
 * Applies one verified status in one transaction with its deduplication record (docs/partner-exchange.md
 * §2.2): the message id is recorded first, so a replay finds it and changes nothing, and a refusal
 * rolls both back. The partner's system acts as the partner's caseworker it names (S2), or as its
 * recipient once one is named.
 */
@ApplicationScoped
class InboundStep {

    @Inject
    ExchangeRepository exchange;

    @Inject
    PartnerReferralService partnerReferrals;

    @Inject
    PartnerDisclosure disclosure;

    @Inject
    PartnerEndpoints endpoints;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Transactional
    InboundUpdates.Result apply(String partner, String channel, StatusDocument status) {
        Referral referral = disclosure
                .referral(status.referralId())
                .filter(r -> r.partner().equals(partner))
                .orElseThrow(() -> new NotFoundException("orientation"));
        Caller caller = caller(partner, status, referral);
        if (!exchange.recordInbound(
                status.messageId(), partner, channel, referral.id(), status.type(), clock.instant())) {
            gate.record(
                    caller,
                    JournalAction.UPDATE,
                    Target.of(referral),
                    Set.of(),
                    "inbound-duplicate",
                    Sharing.of(referral));
            return InboundUpdates.Result.DUPLICATE;
        }
        TransitionDetails details = new TransitionDetails(status.reasonCode(), status.message());
        status.transition()
                .ifPresentOrElse(
                        transition -> {
                            if (transition == Transition.ACKNOWLEDGE) {
                                // Over SFTP an acceptance may be read before the acknowledgement written before it.
                                partnerReferrals.acknowledgedLate(caller, referral.id());
                            } else {
                                partnerReferrals.transition(caller, referral.id(), transition, details);
                            }
                        },
                        () -> partnerReferrals.message(caller, referral.id(), details));
        return InboundUpdates.Result.APPLIED;
    }

    /** The partner's registered key, to check a status signed over HTTPS. */
    @Transactional
    Optional<PartnerEndpoint> partnerKey(String partner) {
        return endpoints.ofPartnerKey(partner);
    }

    /** A status refused before it could be read (bad signature, wrong sender...), journaled against the partner. */
    @Transactional(TxType.REQUIRES_NEW)
    AccessRefusedException refused(Caller by, String partner, String reasonCode) {
        return gate.refuse(
                by, JournalAction.UPDATE, Target.organisation(partner), Set.of(), Outcome.FORBIDDEN, reasonCode);
    }

    /** The caseworker the status names, else the orientation's recipient when this system named it, else the system itself. */
    private static Caller caller(String partner, StatusDocument status, Referral referral) {
        String caseworker = status.caseworker() != null
                ? status.caseworker()
                : CaseworkerNames.caseworkerOf(partner, referral.recipient()).orElse("system");
        return system(partner, caseworker);
    }

    static Caller system(String partner, String caseworker) {
        return Caller.throughSignedDocument(
                "partner-system:" + partner, CaseworkerNames.of(partner, caseworker), partner);
    }
}
