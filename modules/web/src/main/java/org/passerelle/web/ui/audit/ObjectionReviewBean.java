package org.passerelle.web.ui.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passerelle.application.dossier.ObjectionService;
import org.passerelle.application.dossier.ObjectionView;
import org.passerelle.domain.consent.ObjectionReview;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * The DPO's objections to review (GDPR art. 21(1), S5): each pending objection by ids and codes,
 * upheld in one click, or overridden with the reference of the written decision stating the
 * compelling legitimate grounds. The same service as the API, so each review is journaled alike.
 */
@Named("auditObjections")
@ViewScoped
public class ObjectionReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestCaller caller;

    @Inject
    ObjectionService objections;

    private List<ObjectionView> pending = List.of();
    /** Each row's grounds reference being typed, by objection id: only the posted row's form fills one. */
    private final Map<UUID, String> grounds = new HashMap<>();

    /** The view action: the pending objections (journaled by the service). */
    public void load() {
        pending = UiProblems.attemptList(() -> objections.pending(caller.get()));
    }

    public String uphold(UUID id) {
        return review(id, ObjectionReview.UPHELD, null, "objection.upheld");
    }

    public String override(UUID id) {
        return review(id, ObjectionReview.OVERRIDDEN, grounds.get(id), "objection.overridden");
    }

    private String review(UUID id, ObjectionReview decision, String reference, String done) {
        if (UiProblems.attempt(() -> objections.review(caller.get(), id, decision, reference)) != null) {
            UiBundle.AUDIT.info(done);
            grounds.clear();
            load();
        }
        return null;
    }

    public List<ObjectionView> getPending() {
        return pending;
    }

    public Map<UUID, String> getGrounds() {
        return grounds;
    }
}
