package org.passerelle.application.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.Role;

/**
 * The CCAS manager's view of the team's work (issue 18, item 3): per agent, the open dossiers
 * they follow and the orientations they sent that are open, unanswered or overdue; per partner,
 * the orientations waiting for its answer. Restricted dossiers (S15) are left out. Reading it is
 * journaled as one READ entry about the organisation, like an agent's list: it opens nothing.
 */
@ApplicationScoped
public class TeamService {

    /** The reason code of the list's journal entry. */
    static final String REASON = "team-working-lists";

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    ReferralRepository referrals;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    /**
     * The working lists of the caller's CCAS.
     *
     * @throws org.passerelle.application.identity.AccessRefusedException (403, journaled) for any
     *     role but {@code ccas-manager}
     */
    @Transactional
    public TeamView workingLists(Caller caller) {
        gate.requireRole(caller, JournalAction.READ, Target.organisation(caller.organisation()), Role.CCAS_MANAGER);
        Instant now = clock.instant();
        gate.record(caller, JournalAction.READ, Target.organisation(caller.organisation()), Set.of(), REASON);

        Map<String, Load> agents = new TreeMap<>();
        List<TeamView.Dossier> dossiers = new ArrayList<>();
        for (CaseFile caseFile : caseFiles.openOf(caller.organisation())) {
            dossiers.add(new TeamView.Dossier(
                    caseFile.id(),
                    caseFile.version(),
                    caseFile.referent(),
                    new TreeSet<>(caseFile.team()),
                    caseFile.openedAt()));
            agents.computeIfAbsent(caseFile.referent(), u -> new Load())
                    .referentOf
                    .add(caseFile.id());
            for (String member : caseFile.team()) {
                if (!member.equals(caseFile.referent())) {
                    agents.computeIfAbsent(member, u -> new Load()).teamMemberOf.add(caseFile.id());
                }
            }
        }
        Map<String, int[]> partners = new TreeMap<>();
        for (Referral referral : referrals.openSentBy(caller.organisation())) {
            Load load = agents.computeIfAbsent(referral.sender(), u -> new Load());
            load.open++;
            boolean overdue = referral.overdue(now);
            if (referral.status().awaitingPartner()) {
                load.unanswered++;
                partners.computeIfAbsent(referral.partner(), p -> new int[2])[0]++;
            }
            if (overdue) {
                load.overdueIds.add(referral.id());
                partners.computeIfAbsent(referral.partner(), p -> new int[2])[1]++;
            }
        }
        List<TeamView.Agent> agentViews = new ArrayList<>();
        agents.forEach((username, load) -> agentViews.add(new TeamView.Agent(
                username,
                List.copyOf(load.referentOf),
                List.copyOf(load.teamMemberOf),
                load.open,
                load.unanswered,
                load.overdueIds.size(),
                List.copyOf(load.overdueIds))));
        List<TeamView.Partner> partnerViews = new ArrayList<>();
        partners.forEach((partner, counts) -> partnerViews.add(new TeamView.Partner(partner, counts[0], counts[1])));
        return new TeamView(now, agentViews, partnerViews, dossiers);
    }

    /** What one agent carries, while the lists are drawn. */
    private static final class Load {
        final List<UUID> referentOf = new ArrayList<>();
        final List<UUID> teamMemberOf = new ArrayList<>();
        final List<UUID> overdueIds = new ArrayList<>();
        int open;
        int unanswered;
    }
}
