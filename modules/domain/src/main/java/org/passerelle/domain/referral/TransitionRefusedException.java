package org.passerelle.domain.referral;

import org.passerelle.secrecy.referral.RefusalKind;
import org.passerelle.secrecy.referral.TransitionDecision;

/**
 * The lifecycle (DESIGN §4) refuses this actor this transition from the orientation's status; the
 * orientation is unchanged. The application journals it and answers as {@link #kind()} says.
 */
public class TransitionRefusedException extends RuntimeException {

    private final transient TransitionDecision decision;

    public TransitionRefusedException(TransitionDecision decision) {
        super("Transition refused: " + decision.reasonCode());
        if (decision.allowed()) {
            throw new IllegalArgumentException("An allowed transition is no refusal");
        }
        this.decision = decision;
    }

    /** 403, 404 or 409. */
    public RefusalKind kind() {
        return decision.refusal().orElseThrow();
    }

    /** The lifecycle's stable reason code, for the journal. */
    public String reasonCode() {
        return decision.reasonCode();
    }
}
