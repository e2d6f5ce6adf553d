package org.passerelle.domain.referral;

import java.time.Instant;
import org.passerelle.secrecy.referral.ReferralActor;

/**
 * What happened to an orientation that the other side may have to hear of (DESIGN §4: "every
 * transition ... notified to the other side"): the partner outbox and the e-mail notices observe
 * these, typed, instead of re-reading a timeline kind. The application fires them inside the
 * transaction of the change.
 */
public sealed interface ReferralChange
        permits ReferralTransitioned,
                ReferralMessaged,
                ReferralReminded,
                ReferralEscalated,
                ReferralAcknowledgedLate,
                ReferralHandedOver {

    Referral referral();

    /** Who caused it, relative to the orientation. */
    ReferralActor actor();

    Instant at();

    /** The timeline's name for it (a {@code Transition} name, MESSAGE, REMIND, ESCALATE); a label, never parsed back. */
    String kind();

    /** The side of the orientation that caused it. */
    default Side side() {
        return Side.of(actor());
    }

    /** The two sides of an orientation, and Passerelle itself (its timers). */
    enum Side {
        /** The sending CCAS: its agents, or a consent withdrawal there (S5). */
        CCAS,
        /** The addressed organisation: its caseworkers, or its system on their behalf. */
        PARTNER,
        /** Passerelle's own timers (reminder, escalation, expiry). */
        PASSERELLE;

        static Side of(ReferralActor actor) {
            return switch (actor) {
                case SENDER, OTHER_CCAS_AGENT, CONSENT_WITHDRAWAL, CASE_CLOSURE -> CCAS;
                case PARTNER_CASEWORKER, RECIPIENT, OTHER_PARTNER -> PARTNER;
                case SYSTEM -> PASSERELLE;
            };
        }
    }
}
