package org.passerelle.application.dossier;

import java.util.Objects;
import java.util.UUID;
import org.passerelle.application.identity.Caller;

/**
 * Fired inside the transaction that closes a dossier (S7), for what it opened to end in the same
 * transaction ({@code application.referral} cancels its open orientations, so that a later
 * reopening revives no partner's access).
 *
 * @param by who closed it
 */
public record CaseFileClosed(Caller by, UUID caseFileId) {

    public CaseFileClosed {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(caseFileId, "caseFileId");
    }
}
