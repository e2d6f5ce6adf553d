package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
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
 * journaled as a SHARE by Passerelle's delivery (S11): the triage view before acceptance (S2),
 * the shared fields once accepted and while the access holds (S3, S7), the sender's messages.
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

    public Triage triage(Caller delivery, Referral referral) {
        Organisation sender = organisations
                .find(referral.organisationCode())
                .orElseThrow(() -> new IllegalStateException("An orientation's CCAS is gone"));
        String reason = gate.open(
                delivery,
                JournalAction.SHARE,
                Target.of(referral),
                Grant.sharing("partner-delivery-triage", Set.of(Field.REFERRAL_REASON), Sharing.of(referral)),
                opener -> opener.open(referral, Field.REFERRAL_REASON));
        return new Triage(referral, sender.name(), sender.commune(), reason);
    }

    /**
     * The shared fields now, or the reason they may not leave any more: the orientation is no
     * longer accepted or ended (S7), its dossier closed, or its consent ended (S5) — journaled as
     * a refusal, and nothing leaves.
     */
    public Optional<Share> share(Caller delivery, Referral referral, Instant now) {
        String ended = !referral.status().partnerMayRead()
                ? PartnerReferralService.ACCESS_ENDED
                : shared.caseFile(referral).status() == CaseStatus.CLOSED
                        ? PartnerReferralService.DOSSIER_CLOSED
                        : !shared.consentHolds(referral, now) ? PartnerReferralService.CONSENT_ENDED : null;
        if (ended != null) {
            gate.refuse(
                    delivery,
                    JournalAction.SHARE,
                    Target.of(referral),
                    ReferralService.sharedKeys(referral),
                    Outcome.FORBIDDEN,
                    ended,
                    Sharing.of(referral));
            return Optional.empty();
        }
        Visible visible = shared.visibleToRecipient(referral, now);
        SharedFields fields = gate.open(
                delivery,
                JournalAction.SHARE,
                Target.of(referral),
                Grant.sharing("partner-delivery-share", visible.fields(), Sharing.of(referral)),
                opener -> shared.open(opener, referral, shared.caseFile(referral), visible.fields(), visible.notes()));
        return Optional.of(new Share(referral, fields));
    }

    /** The text of one of the sender's messages on the timeline. */
    public String message(Caller delivery, Referral referral, UUID eventId) {
        ReferralEvent event = referrals.events(referral.id()).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("An outbox message's timeline event is gone"));
        String text = gate.open(
                delivery,
                JournalAction.SHARE,
                Target.of(referral),
                Grant.sharing("partner-delivery-message", Set.of(Field.REFERRAL_MESSAGE), Sharing.of(referral)),
                opener -> opener.open(event, Field.REFERRAL_MESSAGE));
        return text == null ? "" : text;
    }
}
