package org.passerelle.application.referral;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/**
 * An orientation as the CCAS side sees it: its terms, its pick (fields, and notes without their
 * text), the partner's answer and outcome, and its timeline.
 */
public record ReferralView(
        UUID id,
        UUID caseFileId,
        UUID personId,
        String partner,
        Cadre cadre,
        String purpose,
        Urgency urgency,
        List<String> pickedFields,
        List<PickedNote> pickedNotes,
        String reason,
        UUID conventionId,
        UUID consentId,
        ReferralStatus status,
        String sender,
        String recipient,
        Instant createdAt,
        Instant sentAt,
        Instant receivedAt,
        Instant acceptedAt,
        Instant closedAt,
        Instant remindAt,
        Instant expiresAt,
        Instant remindedAt,
        boolean overdue,
        String outcomeCode,
        String rejectionCode,
        Set<Transition> availableTransitions,
        List<TimelineEvent> timeline,
        long version) {}
