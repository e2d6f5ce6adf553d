package org.passerelle.web.ui.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.application.dossier.PersonService;
import org.passerelle.application.dossier.PersonView;
import org.passerelle.application.identity.Caller;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/**
 * Finding an usager by name and birth date, or by NIR. The criteria are posted, never put in the
 * address; the service journals each search and returns only what the role may see (reception:
 * identity and contact).
 */
@Named
@ViewScoped
public class PersonSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService persons;

    @Inject
    transient Caller caller;

    private String lastName;
    private String firstNames;
    private LocalDate birthDate;
    private String nir;
    private List<PersonRow> results;

    public void search() {
        List<PersonView> found;
        if (nir != null && !nir.isBlank()) {
            found = UiProblems.attempt(() -> persons.searchByNir(caller, nir));
        } else if (lastName != null && !lastName.isBlank()) {
            found = UiProblems.attempt(() -> persons.searchByName(caller, lastName, firstNames, birthDate));
        } else {
            UiText.error("persons.search.empty");
            return;
        }
        results = found == null ? null : found.stream().map(PersonRow::of).toList();
    }

    public List<PersonRow> getResults() {
        return results;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }
}
