package org.passerelle.application.referral;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/**
 * An orientation as its partner sees it. The triage view (S2) holds the orientation's attributes
 * and the reason written for triage, never a personal field of the catalogue; {@code shared} is
 * present only for the named recipient of an accepted, still-open orientation (S2, S3, S7); the
 * timeline, with the messages exchanged (information asked and given), only on a single read;
 * {@code rejectionReasons} are the convention's own, offered while the caller may reject it (empty
 * otherwise); {@code assignee} is whom the partner manager dispatched it to before acceptance, and
 * {@code availableRecipientChanges} what the caller may do of who works on it (assign, hand over);
 * {@code senderContact}, the professional contact of the agent who sent it, on a single read only
 * (with the timeline).
 */
public record PartnerReferralView(
        UUID id,
        String purpose,
        Cadre cadre,
        Urgency urgency,
        ReferralStatus status,
        String sendingOrganisation,
        String sendingOrganisationName,
        String commune,
        Instant sentAt,
        Instant expiresAt,
        String reason,
        String recipient,
        String assignee,
        Set<Transition> availableTransitions,
        Set<RecipientChange> availableRecipientChanges,
        List<RejectionReason> rejectionReasons,
        SharedFields shared,
        List<TimelineEvent> timeline,
        SenderContact senderContact,
        long version) {}
