package org.passerelle.application.referral;

import java.util.List;
import java.util.UUID;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;

/**
 * A draft orientation as the sender writes it.
 *
 * @param fields the field keys picked (narrowing the convention's allow-list, S3); not {@code note.body}
 * @param notes  the ids of the partageable notes of the dossier picked one by one (S3, S9), or {@code null}
 * @param reason the reason written for the partner's triage (S2), sealed
 */
public record ReferralDetails(
        UUID caseFileId,
        String partner,
        Cadre cadre,
        String purpose,
        String reason,
        Urgency urgency,
        List<String> fields,
        List<UUID> notes) {}
