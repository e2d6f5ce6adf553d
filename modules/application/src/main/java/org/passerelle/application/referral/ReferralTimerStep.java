package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.Transition;

/** One batch of reminders or expiries, in its own transaction, holding the row locks until it commits. */
@ApplicationScoped
class ReferralTimerStep {

    static final String JOB = "referral-timers";
    static final int BATCH = 50;
    /** Passerelle itself, as the journal and the timeline name it. */
    static final Caller SYSTEM = new Caller("system", "system:" + JOB, null, Set.of());

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralWorkflow workflow;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    ReferralConfig config;

    /** Expires the orientations awaiting the partner past their expiry time; returns how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public int expire() {
        Instant now = clock.instant();
        int count = 0;
        for (Referral referral : referrals.lockExpired(now, BATCH)) {
            if (referral.allows(ReferralActor.SYSTEM, Transition.EXPIRE)) {
                workflow.apply(SYSTEM, ReferralActor.SYSTEM, referral, Transition.EXPIRE, null, null, now);
            }
            count++;
        }
        return count;
    }

    /**
     * Marks the reminder of those past their reminder time, once, as a timeline event (the sender
     * and the partner are told); an URGENT one is due for escalation a day later. Returns how many.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int remind() {
        Instant now = clock.instant();
        int count = 0;
        for (Referral referral : referrals.lockDueForReminder(now, BATCH)) {
            workflow.record(SYSTEM, referral.reminded(now, now.plus(config.days(1))));
            gate.record(
                    SYSTEM,
                    JournalAction.UPDATE,
                    Target.of(referral),
                    Set.of(),
                    "referral-remind",
                    Sharing.of(referral));
            count++;
        }
        return count;
    }

    /** Raises to the partner's manager, once, the URGENT ones still unanswered a day after their reminder. */
    @Transactional(TxType.REQUIRES_NEW)
    public int escalate() {
        Instant now = clock.instant();
        int count = 0;
        for (Referral referral : referrals.lockDueForEscalation(now, BATCH)) {
            workflow.record(SYSTEM, referral.escalated(now));
            gate.record(
                    SYSTEM,
                    JournalAction.UPDATE,
                    Target.of(referral),
                    Set.of(),
                    "referral-escalate",
                    Sharing.of(referral));
            count++;
        }
        return count;
    }
}
