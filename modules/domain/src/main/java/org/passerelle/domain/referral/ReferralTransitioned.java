package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Objects;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/**
 * An orientation moved from {@code from} by {@code transition}, as the lifecycle allowed it.
 *
 * @param by   the username who moved it (the journal's and the timeline's)
 * @param code the reason or outcome code that came with it, or {@code null}
 */
public record ReferralTransitioned(
        Referral referral,
        ReferralActor actor,
        Transition transition,
        ReferralStatus from,
        String by,
        String code,
        Instant at)
        implements ReferralChange {

    public ReferralTransitioned {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
    }

    /** The status it moved to. */
    public ReferralStatus to() {
        return transition.target();
    }

    @Override
    public String kind() {
        return transition.name();
    }
}
