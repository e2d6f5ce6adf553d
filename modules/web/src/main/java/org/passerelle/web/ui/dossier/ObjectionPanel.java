package org.passerelle.web.ui.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.passerelle.application.dossier.ObjectionDetails;
import org.passerelle.application.dossier.ObjectionService;
import org.passerelle.application.dossier.ObjectionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * The usager's objections on their page (GDPR art. 21, S5): those on record with the DPO's review,
 * and the form an agent who follows them records a new one with. Recording cancels at once the open
 * orientations it covers; the page says so.
 */
@Named
@ViewScoped
public class ObjectionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ObjectionService objections;

    @Inject
    transient Caller caller;

    /** The page this panel is part of: the usager it shows. */
    @Inject
    PersonPage page;

    private UUID personId;
    private List<ObjectionView> list = List.of();

    private String recipient;
    private FieldCategory[] categories;
    private ConsentMeans means = ConsentMeans.WRITTEN;
    private LocalDate receivedOn;

    /** The view action, after the page's: the usager's objections (journaled by the service). */
    public void load() {
        personId = UiPages.id(page.getId());
        if (personId != null) {
            list = UiProblems.attemptList(() -> objections.of(caller, personId));
        }
    }

    public String record() {
        if (recipient == null || recipient.isBlank() || categories == null || categories.length == 0) {
            UiText.error("objection.incomplete");
            return null;
        }
        ObjectionView recorded = UiProblems.attempt(() -> objections.record(
                caller,
                new ObjectionDetails(personId, recipient, EnumSet.copyOf(List.of(categories)), receivedOn, means)));
        return UiPages.done(recorded, "objection.done", "/ui/dossiers/person.xhtml", personId);
    }

    public List<ObjectionView> getList() {
        return list;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public FieldCategory[] getCategories() {
        return categories;
    }

    public void setCategories(FieldCategory[] categories) {
        this.categories = categories;
    }

    public ConsentMeans getMeans() {
        return means;
    }

    public void setMeans(ConsentMeans means) {
        this.means = means;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
