package org.passerelle.application.referral;

import java.util.Objects;
import org.passerelle.application.identity.Caller;

/**
 * One attempt at delivering an outbox message to a partner's system, as the journal sees it (S11):
 * the first attempt of a message discloses, and {@link PartnerDisclosure} journals it as one SHARE;
 * a further attempt of the same message opens the same fields again without a new entry. Knows
 * afterwards whether it wrote that entry, for the message to remember it. One thread, one message.
 */
public final class DeliveryAttempt {

    private final Caller recipient;
    private final boolean alreadyDisclosed;
    private boolean journaled;

    /**
     * @param recipient        the partner's system, as the entry names it ({@link Caller#partnerDelivery})
     * @param alreadyDisclosed whether an earlier attempt's committed entry records this message
     */
    public DeliveryAttempt(Caller recipient, boolean alreadyDisclosed) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.alreadyDisclosed = alreadyDisclosed;
    }

    public Caller recipient() {
        return recipient;
    }

    /** Whether opening fields now is a new disclosure, to journal. */
    boolean disclosesAnew() {
        return !alreadyDisclosed;
    }

    void journaled() {
        journaled = true;
    }

    /** Whether this attempt wrote the message's disclosure entry. */
    public boolean wroteDisclosure() {
        return journaled;
    }
}
