package org.passerelle.secrecy.referral;

/**
 * The status of an orientation (DESIGN §4). Five statuses are final: nothing leaves them, and the
 * partner's access ends there (S7).
 */
public enum ReferralStatus {

    /** Being written by the CCAS; the partner does not know it exists. */
    DRAFT,
    /** Sent to the partner organisation, not yet opened or acknowledged. */
    SENT,
    /** Opened by a partner caseworker or acknowledged by the partner's system. */
    RECEIVED,
    /** Accepted by a caseworker, who is now its named recipient (S2). */
    ACCEPTED,
    /** The recipient is working on it. */
    IN_PROGRESS,
    /** The recipient paused it. */
    ON_HOLD,
    /** Done, outcome recorded and shown to the sender. */
    COMPLETED,
    /** Ended without the hoped-for outcome, recorded and shown to the sender. */
    FAILED,
    /** Refused by the partner with a coded reason and a message. */
    REJECTED,
    /** Withdrawn by the sender, by the partner, or because the consent it relied on was withdrawn (S5). */
    CANCELLED,
    /** Unanswered past the convention's delay. */
    EXPIRED;

    /** Whether nothing can happen to it any more; its partner access has ended (S7). */
    public boolean isFinal() {
        return switch (this) {
            case COMPLETED, FAILED, REJECTED, CANCELLED, EXPIRED -> true;
            case DRAFT, SENT, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD -> false;
        };
    }

    /** Whether it can still change; a withdrawn consent cancels exactly the open ones (S5). */
    public boolean isOpen() {
        return !isFinal();
    }

    /**
     * Whether the partner is holding it without having accepted it: it sees the triage view only
     * (S2), and the reminder and expiry timers run (§4).
     */
    public boolean awaitingPartner() {
        return this == SENT || this == RECEIVED;
    }

    /**
     * Whether its named recipient may read the shared fields: only between acceptance (S2) and a
     * final status (S7). Before acceptance only the triage view, which holds no personal field.
     */
    public boolean partnerMayRead() {
        return switch (this) {
            case ACCEPTED, IN_PROGRESS, ON_HOLD -> true;
            case DRAFT, SENT, RECEIVED, COMPLETED, FAILED, REJECTED, CANCELLED, EXPIRED -> false;
        };
    }
}
