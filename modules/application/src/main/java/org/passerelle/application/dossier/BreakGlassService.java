package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.oversight.BreakGlass;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.secrecy.AccessDecision;

/**
 * Break-glass (S6): an agent opens a dossier of their CCAS they are not assigned to, giving a
 * written reason. Reading only, for a configured time ({@code PASSERELLE_BREAK_GLASS_MINUTES},
 * 30 by default); the opening and every read are journaled as break-glass and raise an alert.
 */
@ApplicationScoped
public class BreakGlassService {

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    OversightRepository oversight;

    @Inject
    DossierAccess access;

    @Inject
    AccessGate gate;

    @Inject
    @ConfigProperty(name = "passerelle.break-glass.minutes", defaultValue = "30")
    int minutes;

    @Inject
    Clock clock;

    @Transactional
    public BreakGlassView open(Caller caller, UUID caseFileId, String reason) {
        CaseFile caseFile = caseFiles.find(caseFileId).orElseThrow(() -> new NotFoundException("dossier"));
        AccessDecision decision = access.requireBreakGlass(caller, caseFile);
        if (DossierAccess.assigned(caller, caseFile)) {
            throw new InvalidInputException("caseFileId", "is a dossier you are assigned to: no break-glass needed");
        }
        String text = Inputs.reason("reason", reason);
        Instant now = clock.instant();
        BreakGlass grant = new BreakGlass(
                caseFile.organisationCode(), caseFile.id(), caller.username(), text, now, Duration.ofMinutes(minutes));
        oversight.add(grant);
        gate.record(caller, JournalAction.BREAK_GLASS, Target.of(caseFile), Set.of(), decision.reasonCode());
        return new BreakGlassView(grant.id(), caseFile.id(), grant.grantedAt(), grant.expiresAt());
    }
}
