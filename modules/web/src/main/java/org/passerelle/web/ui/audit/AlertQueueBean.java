package org.passerelle.web.ui.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passerelle.application.input.Paging;
import org.passerelle.application.journal.AlertPage;
import org.passerelle.application.journal.AlertService;
import org.passerelle.application.journal.AlertView;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * The alert queue (S12): open alerts first shown, filters by state and kind, and a review form on
 * each open alert. View-scoped so that the rows a review form is posted from are the rows that were
 * shown: reloaded with another filter, a row's position could name another alert.
 */
@Named("auditAlerts")
@ViewScoped
public class AlertQueueBean extends PostbackPages {

    private static final long serialVersionUID = 1L;
    private static final int NOTE_MAX = 1000;
    /** What a review can conclude: an alert is not reviewed back to open. */
    private static final List<AlertState> REVIEW_OUTCOMES = List.of(AlertState.JUSTIFIED, AlertState.ESCALATED);

    @Inject
    RequestCaller caller;

    @Inject
    AlertService alerts;

    private AlertState state = AlertState.OPEN;
    private AlertKind kind;
    private boolean loaded;
    private List<AlertRow> rows = List.of();
    /** Each open alert's review being typed, by alert id: only the posted row's form fills one. */
    private final Map<UUID, String> outcomes = new HashMap<>();

    private final Map<UUID, String> notes = new HashMap<>();

    /**
     * Loads the first page when the view is first shown: before rendering (preRenderView), so that
     * a refusal's message appears at the top of this page, which is rendered before the queue.
     */
    public void prepare() {
        if (!loaded) {
            loaded = true;
            load(0);
        }
    }

    public String show() {
        load(0);
        return null;
    }

    public String review(UUID id) {
        AlertState outcome = reviewOutcome(outcomes.get(id));
        String note = TypedInput.text(notes.get(id));
        if (outcome == null) {
            UiBundle.AUDIT.error("alerts.review.choose");
            return null;
        }
        if (note == null || note.length() > NOTE_MAX) {
            UiBundle.AUDIT.error("alerts.review.note-required", NOTE_MAX);
            return null;
        }
        AlertView reviewed = UiProblems.attempt(() -> alerts.review(caller.get(), id, outcome, note));
        if (reviewed != null) {
            outcomes.remove(id);
            notes.remove(id);
            UiBundle.AUDIT.info("alerts.reviewed");
            load(page());
        }
        return null;
    }

    /** JUSTIFIED or ESCALATED as posted; anything else (OPEN, blank, forged) is no choice. */
    private static AlertState reviewOutcome(String posted) {
        for (AlertState s : REVIEW_OUTCOMES) {
            if (s.name().equals(posted)) {
                return s;
            }
        }
        return null;
    }

    @Override
    protected void turnTo(int wanted) {
        load(wanted);
    }

    private void load(int wantedPage) {
        AlertPage result =
                UiProblems.attempt(() -> alerts.alerts(caller.get(), state, kind, new Paging(wantedPage, PAGE_SIZE)));
        if (result == null) {
            return;
        }
        if (result.alerts().isEmpty() && wantedPage > 0) {
            load(wantedPage - 1);
            return;
        }
        shown(result.page(), result.total());
        rows = result.alerts().stream().map(AlertRow::of).toList();
    }

    public List<AlertState> getReviewOutcomes() {
        return REVIEW_OUTCOMES;
    }

    public AlertState[] getStates() {
        return AlertState.values();
    }

    public AlertKind[] getKinds() {
        return AlertKind.values();
    }

    public AlertState getState() {
        return state;
    }

    public void setState(AlertState state) {
        this.state = state;
    }

    public AlertKind getKind() {
        return kind;
    }

    public void setKind(AlertKind kind) {
        this.kind = kind;
    }

    public Map<UUID, String> getOutcomes() {
        return outcomes;
    }

    public Map<UUID, String> getNotes() {
        return notes;
    }

    public List<AlertRow> getRows() {
        return rows;
    }
}
