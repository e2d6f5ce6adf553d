package org.passerelle.secrecy.referral;

import static org.passerelle.secrecy.referral.ReferralStatus.ACCEPTED;
import static org.passerelle.secrecy.referral.ReferralStatus.IN_PROGRESS;
import static org.passerelle.secrecy.referral.ReferralStatus.ON_HOLD;
import static org.passerelle.secrecy.referral.ReferralStatus.RECEIVED;
import static org.passerelle.secrecy.referral.ReferralStatus.SENT;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may say which caseworker of the addressed organisation works on an orientation (DESIGN §4,
 * S2), without a {@link Transition}: its status stays.
 * <ul>
 *   <li>{@link #ASSIGN}: before acceptance ({@code SENT}, {@code RECEIVED}), the partner manager
 *       dispatches it to a caseworker; any caseworker may still triage it, and whoever accepts it
 *       becomes its named recipient;</li>
 *   <li>{@link #HANDOVER}: once accepted ({@code ACCEPTED}, {@code IN_PROGRESS}, {@code ON_HOLD}),
 *       its named recipient or the partner manager hands it to another caseworker, who becomes the
 *       named recipient; the former one reads nothing more of it.</li>
 * </ul>
 * Refusals follow {@link ReferralLifecycle}'s order: another organisation's caseworker learns
 * nothing ({@code NOT_FOUND other-organisation}), nor does the partner side of a draft
 * ({@code NOT_FOUND not-sent}); an actor who may never do it is {@code FORBIDDEN}
 * ({@code not-the-recipient} for a caseworker where the recipient could, {@code actor-not-permitted}
 * otherwise); one who could, but not from this status, gets {@code CONFLICT wrong-state}.
 */
public enum RecipientChange {
    /** Dispatch before acceptance: the partner manager only. */
    ASSIGN(EnumSet.of(SENT, RECEIVED), false),
    /** Hand over after acceptance: the named recipient or the partner manager. */
    HANDOVER(EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD), true);

    private final Set<ReferralStatus> from;
    private final boolean recipientMay;

    RecipientChange(Set<ReferralStatus> from, boolean recipientMay) {
        this.from = from;
        this.recipientMay = recipientMay;
    }

    /** The statuses it may be made from. */
    public Set<ReferralStatus> from() {
        return Set.copyOf(from);
    }

    /**
     * Decides whether {@code actor} ({@code manager} when the caller holds the partner-manager role)
     * may make this change to an orientation in {@code status}; never null.
     */
    public TransitionDecision decide(ReferralActor actor, boolean manager, ReferralStatus status) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        if (actor == ReferralActor.OTHER_PARTNER) {
            return TransitionDecision.refuse(RefusalKind.NOT_FOUND, ReferralLifecycle.OTHER_ORGANISATION);
        }
        boolean partnerSide = actor == ReferralActor.PARTNER_CASEWORKER || actor == ReferralActor.RECIPIENT;
        if (!partnerSide) {
            return TransitionDecision.refuse(RefusalKind.FORBIDDEN, ReferralLifecycle.ACTOR_NOT_PERMITTED);
        }
        if (status == ReferralStatus.DRAFT) {
            return TransitionDecision.refuse(RefusalKind.NOT_FOUND, ReferralLifecycle.NOT_SENT);
        }
        boolean may = manager || (recipientMay && actor == ReferralActor.RECIPIENT);
        if (!may) {
            // A plain caseworker: never for ASSIGN; for HANDOVER, the recipient could.
            return TransitionDecision.refuse(
                    RefusalKind.FORBIDDEN,
                    recipientMay ? ReferralLifecycle.NOT_THE_RECIPIENT : ReferralLifecycle.ACTOR_NOT_PERMITTED);
        }
        if (!from.contains(status)) {
            return TransitionDecision.refuse(RefusalKind.CONFLICT, ReferralLifecycle.WRONG_STATE);
        }
        return TransitionDecision.allow(ReferralLifecycle.ALLOWED);
    }
}
