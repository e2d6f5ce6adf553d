package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.passerelle.secrecy.referral.ReferralActor;

/**
 * One side wrote to the other on an open orientation (information asked or given), no status change.
 *
 * @param eventId the timeline line that holds the sealed message
 */
public record ReferralMessaged(Referral referral, ReferralActor actor, UUID eventId, Instant at)
        implements ReferralChange {

    public ReferralMessaged {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String kind() {
        return ReferralEvent.MESSAGE;
    }
}
