package org.passerelle.journal;

/**
 * The entries due for purging do not verify: purging them would destroy the evidence and restart
 * the chain from a hash that cannot be trusted, so nothing was purged. Stays until the journal is
 * examined; the message holds positions and a reason code only.
 */
public final class PurgeRefusedException extends RuntimeException {

    private final transient Verification verification;

    PurgeRefusedException(long from, long to, Verification verification) {
        super("Retention refused to purge positions " + from + " to " + to + ": the chain fails verification at "
                + (verification.firstBadPosition() == null
                        ? "an unreadable note"
                        : "position " + verification.firstBadPosition())
                + " (" + verification.reason() + ")");
        this.verification = verification;
    }

    /** The verification of the positions due for purging. */
    public Verification verification() {
        return verification;
    }
}
