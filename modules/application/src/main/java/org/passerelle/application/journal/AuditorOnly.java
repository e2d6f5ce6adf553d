package org.passerelle.application.journal;

import java.util.Set;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * The journal, its alerts and the DPO's other tools (restriction, S15) are for the auditor role only
 * (S11); anyone else is refused and journaled.
 */
public final class AuditorOnly {

    static final String ROLE_NOT_PERMITTED = "role-not-permitted";

    private AuditorOnly() {
    }

    static void require(Caller caller, AccessJournal journal) {
        require(caller, journal, JournalAction.AUDIT, Target.organisation(caller.organisation()));
    }

    /**
     * Refuses anyone but an auditor of an organisation: 403, journaled as an attempt at
     * {@code attempted} on {@code target}.
     */
    public static void require(Caller caller, AccessJournal journal, JournalAction attempted, Target target) {
        if (!caller.has(Role.AUDITOR) || caller.organisation() == null) {
            journal.refused(caller, attempted, target, Set.of(), Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
            throw new AccessRefusedException(Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
        }
    }
}
