package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.casefile.CaseFile;

/**
 * A dossier's restriction (GDPR art. 18, S15) as its DPO sees it: ids, who and when, the reason
 * (written without personal detail); nothing of the dossier's content.
 */
public record RestrictionView(
        UUID caseFileId,
        UUID personId,
        boolean restricted,
        String restrictedBy,
        Instant restrictedAt,
        String reason,
        String liftedBy,
        Instant liftedAt) {

    static RestrictionView of(CaseFile caseFile) {
        return new RestrictionView(
                caseFile.id(),
                caseFile.personId(),
                caseFile.isRestricted(),
                caseFile.restrictedBy(),
                caseFile.restrictedAt(),
                caseFile.restrictionReason(),
                caseFile.restrictionLiftedBy(),
                caseFile.restrictionLiftedAt());
    }
}
