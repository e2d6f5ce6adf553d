package org.passerelle.application.referral;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.referral.ReferralStatus;

/** An orientation in its sender's list: no personal value, only ids, codes, usernames and dates. */
public record ReferralSummary(
        UUID id,
        UUID caseFileId,
        String partner,
        Cadre cadre,
        String purpose,
        Urgency urgency,
        ReferralStatus status,
        String sender,
        String recipient,
        Instant createdAt,
        Instant sentAt,
        Instant remindAt,
        Instant expiresAt,
        boolean overdue,
        String outcomeCode,
        String rejectionCode) {

    static ReferralSummary of(Referral r, Instant now) {
        return new ReferralSummary(
                r.id(),
                r.caseFileId(),
                r.partner(),
                r.cadre(),
                r.purpose(),
                r.urgency(),
                r.status(),
                r.sender(),
                r.recipient(),
                r.createdAt(),
                r.sentAt(),
                r.remindAt(),
                r.expiresAt(),
                r.overdue(now),
                r.outcomeCode(),
                r.rejectionCode());
    }
}
