package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.referral.Visible;

/**
 * What a partner's own system receives about an orientation, opened when the message leaves and
 * journaled as a SHARE to the partner, once per message whatever the attempts ({@link
 * DeliveryAttempt}, S11): the triage view before acceptance (S2), the shared fields once accepted
 * and while the access holds (S3, S7), the sender's messages. A message that never reached its
 * partner is journaled {@link #undelivered} once it closes.
 */
@ApplicationScoped
public class PartnerDisclosure {

    /** The triage view of an orientation, as its partner's inbox shows it (no personal field). */
    public record Triage(Referral referral, String sendingOrganisationName, String commune, String reason) {}

    /** The shared fields of an accepted orientation, as its recipient's read shows them. */
    public record Share(Referral referral, SharedFields fields) {}

    @Inject
    ReferralRepository referrals;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SharedFieldReader shared;

    @Inject
    AccessGate gate;

    public Optional<Referral> referral(UUID id) {
        return referrals.find(id);
    }

    /** Whether the orientation's dossier is restricted (S15): then nothing of it leaves. */
    public boolean restricted(Referral referral) {
        return shared.caseFile(referral).isRestricted();
    }

    public Triage triage(DeliveryAttempt delivery, Referral referral) {
        Organisation sender = organisations
                .find(referral.organisationCode())
                .orElseThrow(() -> new IllegalStateException("An orientation's CCAS is gone"));
        String reason = open(
                delivery,
                referral,
                Grant.sharing("partner-delivery-triage", Set.of(Field.REFERRAL_REASON), Sharing.of(referral)),
                opener -> opener.open(referral, Field.REFERRAL_REASON));
        return new Triage(referral, sender.name(), sender.commune(), reason);
    }

    /**
     * The shared fields now, or the reason they may not leave any more: the orientation is no
     * longer accepted or ended (S7), its dossier closed, or its consent ended (S5) — journaled as
     * a refusal, and nothing leaves.
     */
    public Optional<Share> share(DeliveryAttempt delivery, Referral referral, Instant now) {
        String ended = !referral.status().partnerMayRead()
                ? PartnerReferralService.ACCESS_ENDED
                : shared.caseFile(referral).status() == CaseStatus.CLOSED
                        ? PartnerReferralService.DOSSIER_CLOSED
                        : !shared.consentHolds(referral, now) ? PartnerReferralService.CONSENT_ENDED : null;
        if (ended != null) {
            gate.refuse(
                    delivery.recipient(),
                    JournalAction.SHARE,
                    Target.of(referral),
                    ReferralService.sharedKeys(referral),
                    Outcome.FORBIDDEN,
                    ended,
                    Sharing.of(referral));
            return Optional.empty();
        }
        Visible visible = shared.visibleToRecipient(referral, now);
        SharedFields fields = open(
                delivery,
                referral,
                Grant.sharing("partner-delivery-share", visible.fields(), Sharing.of(referral)),
                opener -> shared.open(opener, referral, shared.caseFile(referral), visible.fields(), visible.notes()));
        return Optional.of(new Share(referral, fields));
    }

    /** The text of one of the sender's messages on the timeline. */
    public String message(DeliveryAttempt delivery, Referral referral, UUID eventId) {
        ReferralEvent event = referrals.events(referral.id()).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("An outbox message's timeline event is gone"));
        String text = open(
                delivery,
                referral,
                Grant.sharing("partner-delivery-message", Set.of(Field.REFERRAL_MESSAGE), Sharing.of(referral)),
                opener -> opener.open(event, Field.REFERRAL_MESSAGE));
        return text == null ? "" : text;
    }

    /**
     * Journals that a message whose disclosure was journaled closed without reaching its partner
     * ({@code reasonCode}: why, e.g. its last error): the access report counts it apart (S14).
     */
    public void undelivered(Caller recipient, Referral referral, String reasonCode) {
        gate.record(
                recipient, JournalAction.UNDELIVERED, Target.of(referral), Set.of(), reasonCode, Sharing.of(referral));
    }

    /** Opens for a delivery: journaled as the message's one SHARE on its first attempt, not again after. */
    private <T> T open(DeliveryAttempt delivery, Referral referral, Grant grant, Function<Opener, T> work) {
        if (!delivery.disclosesAnew()) {
            return gate.openAgain(delivery.recipient(), JournalAction.SHARE, Target.of(referral), grant, work);
        }
        T opened = gate.open(delivery.recipient(), JournalAction.SHARE, Target.of(referral), grant, work);
        delivery.journaled();
        return opened;
    }
}
