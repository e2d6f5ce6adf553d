package org.passerelle.web.ui.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.NoteChoice;
import org.passerelle.application.referral.ReferralDetails;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralView;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.referral.ShareGrounding;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiFormat;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * A new orientation from a dossier: the agent picks a convention (partner, cadre, purpose), then
 * the fields to share among those the convention allows (S1), the partageable notes one by one
 * where it allows notes (S3, S9: each shown by category, date and author, those the rules refuse
 * disabled with the reason), the reason and urgency. Preparing it makes a draft whose page shows,
 * side by side, what the partner will see before it is sent.
 */
@Named
@ViewScoped
public class NewReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Followed by a reason code of {@code ShareGrounding.noteRefusals}, the explanation shown beside a refused note. */
    static final String NOTE_REFUSED = "referral.new.note.refused.";

    @Inject
    transient ConventionService conventions;

    @Inject
    transient ReferralService referrals;

    @Inject
    transient Caller caller;

    private String dossier;
    private UUID caseFileId;
    private List<ConventionView> active = List.of();
    private String conventionId;
    private String[] fields;
    private String[] notes;
    private List<NoteChoice> noteChoices = List.of();
    private String reason;
    private Urgency urgency = Urgency.NORMAL;

    public void load() {
        caseFileId = UiPages.id(dossier);
        active = UiProblems.attemptList(() -> conventions.list(caller, null)).stream()
                .filter(ConventionView::active)
                .sorted(Comparator.comparing(ConventionView::partner).thenComparing(ConventionView::purpose))
                .toList();
    }

    /** The convention chosen, whose allowed fields the picker offers. */
    public ConventionView getConvention() {
        return active.stream()
                .filter(c -> c.id().toString().equals(conventionId))
                .findFirst()
                .orElse(null);
    }

    /** Field keys the convention allows, in the order of the field list; notes are picked apart, one by one. */
    public List<String> getAllowedFields() {
        ConventionView convention = getConvention();
        return convention == null
                ? List.of()
                : convention.allowedFields().stream()
                        .sorted()
                        .filter(f -> f != Field.NOTE_BODY)
                        .map(Field::key)
                        .toList();
    }

    /** Whether the convention chosen allows notes at all. */
    public boolean isNotesAllowed() {
        ConventionView convention = getConvention();
        return convention != null && convention.allowedFields().contains(Field.NOTE_BODY);
    }

    /** Shows the pickers for the convention chosen (no script needed). */
    public String choose() {
        ConventionView convention = getConvention();
        if (convention == null) {
            UiText.error("referral.new.choose-first");
        }
        fields = null;
        notes = null;
        noteChoices = convention == null || !isNotesAllowed() || caseFileId == null
                ? List.of()
                : UiProblems.attemptList(() -> referrals.noteChoices(
                        caller, caseFileId, convention.partner(), convention.cadre(), convention.purpose()));
        return null;
    }

    /** A note as the picker lists it: category, date, author; why it cannot be picked, or that it needs consent. */
    public String noteLabel(NoteChoice note) {
        String label = UiFormat.label(UiBundle.MESSAGES, "category", note.category()) + " – "
                + UiFormat.at(note.createdAt()) + " – " + note.author();
        if (!note.pickable()) {
            String refusal = note.refusals().contains(ShareGrounding.HEALTH_NEVER_TO_CAF)
                    ? ShareGrounding.HEALTH_NEVER_TO_CAF
                    : note.refusals().getFirst();
            return label + " — " + UiText.text(NOTE_REFUSED + refusal);
        }
        return note.consentNeeded() ? label + " — " + UiText.text("referral.new.note.consent") : label;
    }

    public String prepare() {
        ConventionView convention = getConvention();
        if (caseFileId == null || convention == null) {
            UiText.error("referral.new.choose-first");
            return null;
        }
        List<String> picked = fields == null ? List.of() : List.of(fields);
        List<UUID> pickedNotes = notes == null
                ? List.of()
                : Arrays.stream(notes).map(UiPages::id).toList();
        ReferralView draft = UiProblems.attempt(() -> referrals.create(
                caller,
                new ReferralDetails(
                        caseFileId,
                        convention.partner(),
                        convention.cadre(),
                        convention.purpose(),
                        reason,
                        urgency,
                        picked,
                        pickedNotes)));
        if (draft == null) {
            return null;
        }
        UiText.info("referral.new.prepared");
        return UiPages.go("/ui/referrals/referral.xhtml", draft.id());
    }

    public String getDossier() {
        return dossier;
    }

    public void setDossier(String v) {
        dossier = v;
    }

    public List<ConventionView> getActive() {
        return active;
    }

    public String getConventionId() {
        return conventionId;
    }

    public void setConventionId(String v) {
        conventionId = v;
    }

    public String[] getFields() {
        return fields;
    }

    public void setFields(String[] v) {
        fields = v;
    }

    public String[] getNotes() {
        return notes;
    }

    public void setNotes(String[] v) {
        notes = v;
    }

    public List<NoteChoice> getNoteChoices() {
        return noteChoices;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency v) {
        urgency = v;
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }
}
