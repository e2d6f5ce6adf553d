package org.passerelle.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passerelle.testing.ApiException;
import org.passerelle.testing.PasserelleClient;
import org.passerelle.testing.people.Ccas;
import org.passerelle.testing.people.Usager;

/**
 * Records each usager's story through the API, in the order an agent lives it: register, open the
 * dossier, update its situation, write notes, record the prior notices then the consents (both
 * need the agent on the dossier), withdraw what was withdrawn, close what has ended (a closed
 * dossier takes no more notes). With the Saumur usagers, a running delegation: the agent's colleague
 * stands in on the agent's dossiers (S6); and the colleague on the team of some of them (every
 * {@link #TEAM_EVERY}th from the second), as agents share the follow-up at Saumur.
 *
 * <p>Idempotent per usager: one already registered under the same names and birth date is left
 * alone, so a rerun creates nothing and a run cut short resumes with the next usager.
 */
final class Seeder {

    private final PasserelleClient client;

    Seeder(PasserelleClient client) {
        this.client = client;
    }

    /** The demo's running delegation (S6): the Saumur agent's colleague stands in while the agent is on leave. */
    static final String DELEGATOR = "agent.saumur";

    static final String DELEGATE = "collegue.saumur";
    static final Duration DELEGATION_LASTING = Duration.ofDays(30);

    /** The Saumur dossiers with a team: ranks 1, 1 + TEAM_EVERY, ... have the colleague on it. */
    static final int TEAM_EVERY = 5;

    static final String TEAM_MATE = "collegue.saumur";

    SeedingReport seed(List<Usager> usagers) {
        SeedingReport report = new SeedingReport();
        boolean saumurSeededNow = false;
        int rank = 0;
        Ccas previous = null;
        for (Usager usager : usagers) {
            rank = usager.ccas() == previous ? rank + 1 : 0;
            previous = usager.ccas();
            try {
                saumurSeededNow |= seed(usager, team(usager.ccas(), rank), report) && usager.ccas() == Ccas.SAUMUR;
            } catch (ApiException e) {
                // The CCAS and rank locate the usager in FictitiousPeople without naming them.
                throw new ApiException(usager.ccas().code() + " usager #" + rank + ": " + e.getMessage(), e.status());
            }
        }
        if (saumurSeededNow) {
            // Once, with the Saumur usagers: a rerun, which creates none, gives no second one.
            client.delegate(
                    DELEGATOR, DELEGATE, Instant.now().plus(DELEGATION_LASTING), "Congés annuels de la référente");
        }
        return report;
    }

    /** Who is on the team of the dossier of the CCAS's usager of this rank, besides its référent. */
    static List<String> team(Ccas ccas, int rank) {
        return ccas == Ccas.SAUMUR && rank % TEAM_EVERY == 1 ? List.of(TEAM_MATE) : List.of();
    }

    /** Seeds one usager; whether it was created now (false: already there, left alone). */
    private boolean seed(Usager usager, List<String> team, SeedingReport report) {
        String agent = usager.ccas().agent();
        if (!client.findByName(agent, usager.person()).isEmpty()) {
            report.alreadyThere(usager.ccas());
            return false;
        }
        UUID personId = client.registerPerson(agent, usager.person());
        report.created(usager.ccas());

        Usager.Dossier dossier = usager.dossier();
        PasserelleClient.Created caseFile = client.openCase(agent, personId, dossier.opening(), team);
        if (dossier.update() != null) {
            client.updateSituation(agent, caseFile.id(), caseFile.etag(), dossier.update());
            report.situationUpdate();
        }
        for (Usager.Note note : dossier.notes()) {
            client.addNote(agent, caseFile.id(), note);
            report.note(note.type());
        }
        for (Usager.PriorNotice notice : usager.notices()) {
            client.recordNotice(agent, personId, notice);
            report.notice();
        }
        for (Usager.Consent consent : usager.consents()) {
            PasserelleClient.Created recorded = client.recordConsent(agent, personId, consent);
            if (consent.withdrawal() != null) {
                client.withdrawConsent(agent, recorded, consent.withdrawal());
            }
            report.consent(consent.withdrawal() != null);
        }
        if (dossier.closed()) {
            // Read again: what happened since the opening may have moved the dossier's version.
            client.closeCase(agent, caseFile.id(), client.caseEtag(agent, caseFile.id()));
        }
        report.dossier(dossier.closed());
        return true;
    }
}
