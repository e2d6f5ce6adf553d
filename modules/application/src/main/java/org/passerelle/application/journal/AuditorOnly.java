package org.passerelle.application.journal;

import java.util.Set;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/** The journal and its alerts are for the auditor role only (S11); anyone else is refused and journaled. */
final class AuditorOnly {

    static final String ROLE_NOT_PERMITTED = "role-not-permitted";

    private AuditorOnly() {
    }

    static void require(Caller caller, AccessJournal journal) {
        if (!caller.has(Role.AUDITOR) || caller.organisation() == null) {
            journal.refused(caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), Set.of(),
                    Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
            throw new AccessRefusedException(Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
        }
    }
}
