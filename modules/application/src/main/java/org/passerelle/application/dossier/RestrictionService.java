package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.RestrictionStateException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * Restriction of processing (GDPR art. 18, S15), set and lifted by the DPO (role {@code auditor})
 * of the dossier's CCAS; anyone else is refused (403), another organisation's DPO does not learn the
 * dossier exists (404). While it holds, {@link CcasAccessPolicy} refuses every
 * CCAS read (423), the partner side of its orientations answers 423 and their deliveries wait. The
 * reason stays on the dossier and in its history, never in the journal. Setting it twice, or lifting
 * it when not set, is a conflict (409): the first restriction and its reason stand.
 */
@ApplicationScoped
public class RestrictionService {

    static final String SET = "restriction-set";
    static final String LIFTED = "restriction-lifted";
    static final String ALREADY_RESTRICTED = "already-restricted";
    static final String NOT_RESTRICTED = "not-restricted";

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Transactional
    public RestrictionView restrict(Caller caller, UUID caseFileId, String reason) {
        CaseFile caseFile = ofCallersCcas(caller, caseFileId, JournalAction.RESTRICT);
        String why = Inputs.reason("reason", reason);
        change(
                caller,
                caseFile,
                JournalAction.RESTRICT,
                () -> caseFile.restrict(caller.username(), why, clock.instant()));
        gate.record(caller, JournalAction.RESTRICT, Target.of(caseFile), Set.of(), SET);
        return RestrictionView.of(caseFile);
    }

    /** Lifts it: reads and the deliveries that waited resume (the outbox's next poll takes them). */
    @Transactional
    public RestrictionView lift(Caller caller, UUID caseFileId) {
        CaseFile caseFile = ofCallersCcas(caller, caseFileId, JournalAction.LIFT_RESTRICTION);
        change(
                caller,
                caseFile,
                JournalAction.LIFT_RESTRICTION,
                () -> caseFile.liftRestriction(caller.username(), clock.instant()));
        gate.record(caller, JournalAction.LIFT_RESTRICTION, Target.of(caseFile), Set.of(), LIFTED);
        return RestrictionView.of(caseFile);
    }

    /** The dossier, if the caller is a DPO of its CCAS; a refusal is journaled. */
    private CaseFile ofCallersCcas(Caller caller, UUID caseFileId, JournalAction attempted) {
        CaseFile caseFile =
                (caseFileId == null ? null : caseFiles.find(caseFileId).orElse(null));
        if (caseFile == null) {
            throw new NotFoundException("dossier");
        }
        gate.requireRole(caller, attempted, Target.of(caseFile), Role.AUDITOR);
        if (!caseFile.organisationCode().equals(caller.organisation())) {
            throw gate.refuse(
                    caller,
                    attempted,
                    Target.of(caseFile),
                    Set.of(),
                    Outcome.NOT_FOUND,
                    CcasAccessPolicy.OTHER_ORGANISATION);
        }
        return caseFile;
    }

    /** Applies the change; a conflict is journaled (as FORBIDDEN with its code, like the orientations' 409s). */
    private void change(Caller caller, CaseFile caseFile, JournalAction action, Runnable change) {
        try {
            change.run();
        } catch (RestrictionStateException e) {
            gate.refuse(
                    caller,
                    action,
                    Target.of(caseFile),
                    Set.of(),
                    Outcome.FORBIDDEN,
                    e.restricted() ? ALREADY_RESTRICTED : NOT_RESTRICTED);
            throw e;
        }
        caseFiles.flush();
    }
}
