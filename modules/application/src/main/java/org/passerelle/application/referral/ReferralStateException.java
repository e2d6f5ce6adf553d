package org.passerelle.application.referral;

/** Nobody may make this transition from the orientation's current status (409, {@code wrong-state}). */
public class ReferralStateException extends RuntimeException {

    private final String reasonCode;

    public ReferralStateException(String reasonCode) {
        super("Orientation in the wrong state: " + reasonCode);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
