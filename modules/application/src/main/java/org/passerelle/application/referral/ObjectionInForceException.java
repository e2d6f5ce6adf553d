package org.passerelle.application.referral;

/**
 * An orientation cannot be sent: the usager objected to data of one of its categories going to
 * this organisation (S5, GDPR art. 21), and the DPO has not recorded compelling grounds. A 409:
 * the objection's review, not the sender, decides.
 */
public class ObjectionInForceException extends RuntimeException {

    public ObjectionInForceException() {
        super("The usager objected to this share");
    }
}
