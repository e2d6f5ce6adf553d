package org.passerelle.application.referral;

import java.time.Instant;
import org.passerelle.secrecy.referral.ReferralStatus;

/**
 * One line of an orientation's timeline.
 *
 * @param kind    CREATE, REMIND or a transition name (SEND, ACCEPT, EXPIRE...)
 * @param message the message that came with it, for the CCAS side only; {@code null} when none
 * @param holder  who holds it after an assignment (ASSIGN) or a handover (HANDOVER), else {@code null}
 */
public record TimelineEvent(
        Instant at,
        String username,
        String organisation,
        String kind,
        ReferralStatus from,
        ReferralStatus to,
        String reasonCode,
        String message,
        String holder) {}
