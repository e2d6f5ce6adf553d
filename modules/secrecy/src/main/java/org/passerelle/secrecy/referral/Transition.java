package org.passerelle.secrecy.referral;

import java.util.Objects;

/**
 * The verbs of the orientation API, each leading to one status. Who may use which verb from which
 * status is {@link ReferralLifecycle}'s table, not this enum's.
 */
public enum Transition {
    SEND(ReferralStatus.SENT),
    /** A caseworker opening it, or the partner's system acknowledging it over its channel. */
    ACKNOWLEDGE(ReferralStatus.RECEIVED),
    /** The accepting caseworker becomes the named recipient (S2). */
    ACCEPT(ReferralStatus.ACCEPTED),
    REJECT(ReferralStatus.REJECTED),
    START(ReferralStatus.IN_PROGRESS),
    HOLD(ReferralStatus.ON_HOLD),
    RESUME(ReferralStatus.IN_PROGRESS),
    COMPLETE(ReferralStatus.COMPLETED),
    FAIL(ReferralStatus.FAILED),
    CANCEL(ReferralStatus.CANCELLED),
    EXPIRE(ReferralStatus.EXPIRED);

    private final ReferralStatus target;

    Transition(ReferralStatus target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The status an allowed transition leads to. */
    public ReferralStatus target() {
        return target;
    }
}
