package org.passerelle.web.ui.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.passerelle.application.dossier.BreakGlassService;
import org.passerelle.application.dossier.BreakGlassView;
import org.passerelle.application.dossier.CaseFileService;
import org.passerelle.application.dossier.CaseFileView;
import org.passerelle.application.dossier.HistoryEntry;
import org.passerelle.application.dossier.NoteView;
import org.passerelle.application.dossier.SituationDetails;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralSummary;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;
import org.passerelle.secrecy.Outcome;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * A dossier: its situation, notes (internal or shareable), team, history and orientations. When
 * the agent is not assigned to it, the page offers break-glass with a reason (S12), never the data.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFileService caseFiles;

    @Inject
    transient BreakGlassService breakGlass;

    @Inject
    transient ReferralService referrals;

    @Inject
    transient Caller caller;

    private String id;
    private UUID caseFileId;
    private CaseFileView dossier;
    private List<NoteView> notes = List.of();
    private List<HistoryEntry> history = List.of();
    private List<ReferralSummary> orientations = List.of();
    private boolean breakGlassOffered;

    private String household;
    private String resources;
    private String housing;
    private String healthNotes;
    private String rsaStatus;
    private NoteType noteType = NoteType.INTERNE;
    private FieldCategory noteCategory = FieldCategory.NOTES;
    private String noteBody;
    private String breakGlassReason;
    // The team form: the référent's username and the team's, separated by commas or spaces.
    private String referent;
    private String members;

    public void load() {
        caseFileId = UiPages.id(id);
        if (caseFileId == null) {
            return;
        }
        try {
            dossier = caseFiles.read(caller, caseFileId);
        } catch (AccessRefusedException e) {
            // Not assigned: say so and offer break-glass; other refusals are plain messages.
            breakGlassOffered = e.outcome() == Outcome.FORBIDDEN;
            UiProblems.show(e);
            return;
        } catch (RuntimeException e) {
            UiProblems.show(e);
            return;
        }
        household = dossier.situation().get(Field.CASE_HOUSEHOLD);
        resources = dossier.situation().get(Field.CASE_RESOURCES);
        housing = dossier.situation().get(Field.CASE_HOUSING);
        healthNotes = dossier.situation().get(Field.CASE_HEALTH_NOTES);
        rsaStatus = dossier.situation().get(Field.CASE_RSA_STATUS);
        referent = dossier.referent();
        members = String.join(", ", new TreeSet<>(dossier.team()));
        notes = UiProblems.attemptList(() -> caseFiles.notes(caller, caseFileId));
        history = UiProblems.attemptList(() -> caseFiles.history(caller, caseFileId));
        orientations = UiProblems.attemptList(() -> referrals.list(caller)).stream()
                .filter(r -> caseFileId.equals(r.caseFileId()))
                .toList();
    }

    public String saveSituation() {
        CaseFileView saved = UiProblems.attempt(() -> caseFiles.update(
                caller,
                caseFileId,
                dossier.version(),
                new SituationDetails(household, resources, housing, healthNotes, rsaStatus)));
        return done(saved, "dossier.saved");
    }

    /**
     * Assigns the référent and the team, on the version read (a colleague's change in between is
     * told plainly: reload, then try again). Removing oneself leaves the dossier: back to the usager.
     */
    public String assign() {
        Set<String> team = new LinkedHashSet<>();
        if (members != null) {
            for (String username : members.split("[,;\\s]+")) {
                if (!username.isBlank()) {
                    team.add(username.strip());
                }
            }
        }
        CaseFileView assigned = UiProblems.attempt(() -> caseFiles.assign(
                caller, caseFileId, dossier.version(), referent == null ? null : referent.strip(), team));
        if (assigned != null
                && !assigned.team().contains(caller.username())
                && !caller.username().equals(assigned.referent())) {
            UiText.info("dossier.team.left");
            return UiPages.go("/ui/dossiers/person.xhtml", dossier.personId());
        }
        return done(assigned, "dossier.team.assigned");
    }

    /** Closes the dossier (S7: the partners' reads of its orientations end). */
    public String close() {
        CaseFileView closed = UiProblems.attempt(() -> caseFiles.close(caller, caseFileId, dossier.version()));
        return done(closed, "dossier.closed");
    }

    /** Reopens the closed dossier (the usager came back); its ended orientations stay ended. */
    public String reopen() {
        CaseFileView reopened = UiProblems.attempt(() -> caseFiles.reopen(caller, caseFileId, dossier.version()));
        return done(reopened, "dossier.reopened");
    }

    public boolean isClosed() {
        return dossier != null && dossier.status() == CaseStatus.CLOSED;
    }

    public String getReferent() {
        return referent;
    }

    public void setReferent(String v) {
        referent = v;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String v) {
        members = v;
    }

    public String addNote() {
        NoteView added =
                UiProblems.attempt(() -> caseFiles.addNote(caller, caseFileId, noteType, noteCategory, noteBody));
        return done(added, "dossier.note.added");
    }

    public String openThroughBreakGlass() {
        BreakGlassView granted = UiProblems.attempt(() -> breakGlass.open(caller, caseFileId, breakGlassReason));
        return done(granted, "dossier.breakglass.granted");
    }

    private String done(Object result, String messageKey) {
        return UiPages.done(result, messageKey, "/ui/dossiers/dossier.xhtml", caseFileId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseFileView getDossier() {
        return dossier;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<ReferralSummary> getOrientations() {
        return orientations;
    }

    public boolean isBreakGlassOffered() {
        return breakGlassOffered;
    }

    public NoteType[] getNoteTypes() {
        return NoteType.values();
    }

    public FieldCategory[] getCategories() {
        return FieldCategory.values();
    }

    public String getHousehold() {
        return household;
    }

    public void setHousehold(String v) {
        household = v;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String v) {
        resources = v;
    }

    public String getHousing() {
        return housing;
    }

    public void setHousing(String v) {
        housing = v;
    }

    public String getHealthNotes() {
        return healthNotes;
    }

    public void setHealthNotes(String v) {
        healthNotes = v;
    }

    public String getRsaStatus() {
        return rsaStatus;
    }

    public void setRsaStatus(String v) {
        rsaStatus = v;
    }

    public NoteType getNoteType() {
        return noteType;
    }

    public void setNoteType(NoteType v) {
        noteType = v;
    }

    public FieldCategory getNoteCategory() {
        return noteCategory;
    }

    public void setNoteCategory(FieldCategory v) {
        noteCategory = v;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String v) {
        noteBody = v;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String v) {
        breakGlassReason = v;
    }
}
