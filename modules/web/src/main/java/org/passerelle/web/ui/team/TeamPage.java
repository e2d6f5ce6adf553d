package org.passerelle.web.ui.team;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.passerelle.application.dossier.CaseFileService;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.team.TeamService;
import org.passerelle.application.team.TeamView;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * "Équipe", the CCAS manager's page (issue 18, item 3): per agent the dossiers they follow (ids,
 * no content) and their orientations open, unanswered and overdue; per partner the unanswered
 * ones; and the change of a dossier's référent, through the same service, access gate and
 * journal as the dossier page's. The former référent leaves the dossier; the team stays.
 */
@Named
@RequestScoped
public class TeamPage {

    @Inject
    TeamService team;

    @Inject
    CaseFileService caseFiles;

    @Inject
    Caller caller;

    private TeamView view;
    private String dossier;
    private String referent;

    private TeamView view() {
        if (view == null) {
            view = UiProblems.attempt(() -> team.workingLists(caller));
            if (view == null) {
                view = new TeamView(null, List.of(), List.of(), List.of());
            }
        }
        return view;
    }

    /** Reads the lists before rendering (preRenderView), so that a refusal's message shows at the top. */
    public void load() {
        view();
    }

    public List<TeamView.Agent> getAgents() {
        return view().agents();
    }

    public List<TeamView.Partner> getPartners() {
        return view().partners();
    }

    public List<TeamView.Dossier> getDossiers() {
        return view().dossiers();
    }

    /** A dossier's number as the pages show it: the start of its id, enough to tell them apart here. */
    public String number(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    public String reassign() {
        UUID id = UiPages.id(dossier);
        if (id == null) {
            return null;
        }
        TeamView.Dossier current = view().dossiers().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElse(null);
        if (current == null) {
            UiText.error("error.not-found");
            return null;
        }
        String chosen = referent == null ? null : referent.strip();
        Set<String> members = new TreeSet<>(current.team());
        if (chosen != null) {
            members.remove(chosen);
        }
        Object done =
                UiProblems.attempt(() -> caseFiles.assign(caller, current.id(), current.version(), chosen, members));
        if (done != null) {
            UiText.info("team.reassigned", number(current.id()), chosen);
            view = null;
            dossier = null;
            referent = null;
        }
        return null;
    }

    public String getDossier() {
        return dossier;
    }

    public void setDossier(String dossier) {
        this.dossier = dossier;
    }

    public String getReferent() {
        return referent;
    }

    public void setReferent(String referent) {
        this.referent = referent;
    }
}
