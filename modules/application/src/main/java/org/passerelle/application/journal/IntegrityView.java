package org.passerelle.application.journal;

import java.time.Instant;
import org.passerelle.journal.Verification;

/** The result of a verification of the whole chain against its signed checkpoints. */
public record IntegrityView(boolean ok, long entriesVerified, long lastGoodPosition, Long firstBadPosition,
                            String reason, Instant verifiedAt, long tookMillis) {

    static IntegrityView of(Verification v) {
        return new IntegrityView(v.ok(), v.entriesVerified(), v.lastGoodPosition(), v.firstBadPosition(), v.reason(),
                v.at(), v.took().toMillis());
    }
}
