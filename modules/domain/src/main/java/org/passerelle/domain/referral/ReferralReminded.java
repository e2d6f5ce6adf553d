package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Objects;
import org.passerelle.secrecy.referral.ReferralActor;

/** Passerelle reminded the sender that the partner has not answered yet (§4, once per orientation). */
public record ReferralReminded(Referral referral, Instant at) implements ReferralChange {

    public ReferralReminded {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public ReferralActor actor() {
        return ReferralActor.SYSTEM;
    }

    @Override
    public String kind() {
        return ReferralEvent.REMIND;
    }
}
