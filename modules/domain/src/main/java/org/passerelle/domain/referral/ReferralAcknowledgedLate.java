package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Objects;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.Transition;

/**
 * The partner's system acknowledged an orientation that had already moved on (its acceptance
 * overtook the acknowledgement over SFTP): the timeline shows it, the status stays.
 */
public record ReferralAcknowledgedLate(Referral referral, ReferralActor actor, Instant at) implements ReferralChange {

    public ReferralAcknowledgedLate {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String kind() {
        return Transition.ACKNOWLEDGE.name();
    }
}
