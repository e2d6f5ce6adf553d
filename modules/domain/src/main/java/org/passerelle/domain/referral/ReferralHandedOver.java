package org.passerelle.domain.referral;

import java.time.Instant;
import java.util.Objects;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralActor;

/**
 * The partner changed who works on an orientation, its status unchanged: the manager assigned it
 * to a caseworker before acceptance, or its named recipient changed by a handover (S2, DESIGN §4).
 *
 * @param by     the username who made the change
 * @param former the previous recipient (HANDOVER) or assignee (ASSIGN), {@code null} when none
 * @param to     the caseworker who holds it now
 */
public record ReferralHandedOver(
        Referral referral, ReferralActor actor, RecipientChange change, String by, String former, String to, Instant at)
        implements ReferralChange {

    public ReferralHandedOver {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String kind() {
        return change.name();
    }
}
