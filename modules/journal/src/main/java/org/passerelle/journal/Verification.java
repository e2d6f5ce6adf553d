package org.passerelle.journal;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of {@link JournalVerifier#verify}.
 *
 * @param ok               true if the chain from {@code firstPosition} and every checkpoint and epoch
 *                         check out ({@code unsealedOld} does not change it)
 * @param entriesVerified  entries whose MAC and chain link were recomputed and matched
 * @param lastGoodPosition the last position known good: the chain's last position when ok, else
 *                         {@code firstBadPosition − 1} (or the chain's last position, if lower)
 * @param firstBadPosition the first position that cannot be trusted, {@code null} when ok (or
 *                         when the only fault is an unreadable checkpoint, which names none)
 * @param reason           {@code null} when ok, else one of {@code missing-position},
 *                         {@code missing-entry}, {@code mac-mismatch}, {@code hash-mismatch},
 *                         {@code checkpoint-mismatch}, {@code checkpoint-beyond-chain},
 *                         {@code bad-checkpoint-signature}, {@code checkpoint-row-mismatch},
 *                         {@code unreadable-checkpoint}, {@code bad-epoch} (see the module README)
 * @param at               when the verification started
 * @param took             how long it ran
 * @param firstPosition    where the verified chain starts: 1, or the start of the latest trusted
 *                         retention epoch (positions below were purged)
 * @param unsealedOld      a warning, not a fault: committed entries written more than
 *                         {@link JournalVerifier#UNSEALED_GRACE} before {@code at} and still not
 *                         chained (the sealer is down, or they committed beyond its look-back
 *                         window); until sealed, such entries can be deleted undetected
 */
public record Verification(
        boolean ok,
        long entriesVerified,
        long lastGoodPosition,
        Long firstBadPosition,
        String reason,
        Instant at,
        Duration took,
        long firstPosition,
        long unsealedOld) {}
