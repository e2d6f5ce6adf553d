package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Objects;
import org.passerelle.secrecy.referral.ReferralActor;

/**
 * An URGENT orientation still unanswered a day after its reminder was raised to the partner
 * organisation's manager (issue 18, item 7; once per orientation).
 */
public record ReferralEscalated(Referral referral, Instant at) implements ReferralChange {

    public ReferralEscalated {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public ReferralActor actor() {
        return ReferralActor.SYSTEM;
    }

    @Override
    public String kind() {
        return ReferralEvent.ESCALATE;
    }
}
