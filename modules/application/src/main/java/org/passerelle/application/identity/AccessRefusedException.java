package org.passerelle.application.identity;

import org.passerelle.secrecy.Outcome;

/**
 * The policy refused the request. The outcome says how to answer (403, 404 or 423); the reason
 * code is a stable slug for the journal. Neither holds a value.
 */
public class AccessRefusedException extends RuntimeException {

    private final Outcome outcome;
    private final String reasonCode;

    public AccessRefusedException(Outcome outcome, String reasonCode) {
        super("Access refused: " + reasonCode);
        this.outcome = outcome;
        this.reasonCode = reasonCode;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
