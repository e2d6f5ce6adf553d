package org.passerelle.journal;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of {@link JournalVerifier#verify}.
 *
 * @param ok               true if the whole chain and every checkpoint check out
 * @param entriesVerified  entries whose MAC and chain link were recomputed and matched
 * @param lastGoodPosition the last position known good: the chain length when ok, else
 *                         {@code firstBadPosition − 1} (or the chain length, if shorter)
 * @param firstBadPosition the first position that cannot be trusted, {@code null} when ok (or
 *                         when the only fault is an unreadable checkpoint, which names none)
 * @param reason           {@code null} when ok, else one of {@code missing-position},
 *                         {@code missing-entry}, {@code mac-mismatch}, {@code hash-mismatch},
 *                         {@code checkpoint-mismatch}, {@code checkpoint-beyond-chain},
 *                         {@code bad-checkpoint-signature}, {@code checkpoint-row-mismatch},
 *                         {@code unreadable-checkpoint} (see the module README)
 * @param at               when the verification started
 * @param took             how long it ran
 */
public record Verification(boolean ok, long entriesVerified, long lastGoodPosition, Long firstBadPosition,
        String reason, Instant at, Duration took) {
}
