package org.passerelle.web.ui.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passerelle.application.dossier.PersonIds;
import org.passerelle.application.dossier.PersonIdsSearch;
import org.passerelle.application.dossier.RestrictionService;
import org.passerelle.application.dossier.RestrictionView;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * The DPO's restriction page (GDPR art. 18, S15): find an usager by NIR or by names and birth date
 * (POSTed, never in a URL), see their dossiers by id only, restrict one with a reason or lift its
 * restriction, and open that usager's journal. The same services as the API, so each search and
 * change is journaled alike. View-scoped so that a row's form acts on the dossier it shows.
 */
@Named("auditRestriction")
@ViewScoped
public class RestrictionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestCaller caller;

    @Inject
    PersonIdsSearch search;

    @Inject
    RestrictionService restrictions;

    private String nir;
    private String lastName;
    private String firstNames;
    private String birthDate;
    private boolean searched;
    private List<UsagerRow> found = List.of();
    /** Each dossier's reason being typed, by dossier id: only the posted row's form fills one. */
    private final Map<UUID, String> reasons = new HashMap<>();

    /** By NIR when one is typed, else by names and birth date (all three needed). */
    public String find() {
        String nirText = TypedInput.text(nir);
        List<PersonIds> result;
        if (nirText != null) {
            result = UiProblems.attempt(() -> search.byNir(caller.get(), nirText));
        } else {
            TypedInput input = new TypedInput();
            LocalDate born = input.day(birthDate, "restriction.birth-date");
            if (!input.valid()) {
                return null;
            }
            result = UiProblems.attempt(
                    () -> search.byName(caller.get(), TypedInput.text(lastName), TypedInput.text(firstNames), born));
        }
        if (result != null) {
            // What was typed identifies someone: it does not stay in the form once searched.
            nir = lastName = firstNames = birthDate = null;
            reasons.clear();
            searched = true;
            found = result.stream().map(UsagerRow::of).toList();
        }
        return null;
    }

    public String restrict(UUID caseFileId) {
        if (show(UiProblems.attempt(() -> restrictions.restrict(caller.get(), caseFileId, reasons.get(caseFileId))))) {
            UiBundle.AUDIT.info("restriction.restricted");
        }
        return null;
    }

    public String lift(UUID caseFileId) {
        if (show(UiProblems.attempt(() -> restrictions.lift(caller.get(), caseFileId)))) {
            UiBundle.AUDIT.info("restriction.lifted");
        }
        return null;
    }

    /** The journal page, searching this usager's entries (the id travels in the flash, not the URL). */
    public String journalOf(UUID personId) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put(JournalBean.PERSON_FLASH, personId.toString());
        return "/ui/audit/journal.xhtml?faces-redirect=true";
    }

    /** The rights-requests page, its form filled with this usager's id (in the flash, not the URL). */
    public String rightsRequestFor(UUID personId) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put(RightsRequestBean.PERSON_FLASH, personId.toString());
        return "/ui/audit/rights-requests.xhtml?faces-redirect=true";
    }

    /** Shows the dossier as it is after a change; false when the change was refused (its message shown). */
    private boolean show(RestrictionView changed) {
        if (changed == null) {
            return false;
        }
        reasons.remove(changed.caseFileId());
        found = found.stream().map(u -> u.with(changed)).toList();
        return true;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<UsagerRow> getFound() {
        return found;
    }

    public Map<UUID, String> getReasons() {
        return reasons;
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public void setFirstNames(String firstNames) {
        this.firstNames = firstNames;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }
}
