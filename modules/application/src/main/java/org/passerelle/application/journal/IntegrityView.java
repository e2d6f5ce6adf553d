package org.passerelle.application.journal;

import java.time.Instant;
import org.passerelle.journal.Verification;

/**
 * The result of a verification of the chain, from its first kept position (after retention) to its
 * head, against the signed checkpoints.
 *
 * @param unsealedOld committed entries older than ten minutes that the sealer has not chained yet:
 *                    not tampering, but not protected by the chain either (a stopped sealer)
 */
public record IntegrityView(
        boolean ok,
        long firstPosition,
        long entriesVerified,
        long lastGoodPosition,
        Long firstBadPosition,
        String reason,
        long unsealedOld,
        Instant verifiedAt,
        long tookMillis) {

    static IntegrityView of(Verification v) {
        return new IntegrityView(
                v.ok(),
                v.firstPosition(),
                v.entriesVerified(),
                v.lastGoodPosition(),
                v.firstBadPosition(),
                v.reason(),
                v.unsealedOld(),
                v.at(),
                v.took().toMillis());
    }
}
