package org.passerelle.web.ui.dossier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.passerelle.application.dossier.CaseFileView;
import org.passerelle.application.dossier.Intake;
import org.passerelle.application.dossier.PersonDetails;
import org.passerelle.application.identity.Caller;
import org.passerelle.web.ui.UiPages;
import org.passerelle.web.ui.UiProblems;
import org.passerelle.web.ui.UiText;

/** Registering a new usager and opening their dossier, whose page follows. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    Intake intake;

    @Inject
    Caller caller;

    private String lastName;
    private String firstNames;
    private String birthName;
    private LocalDate birthDate;
    private String nir;
    private String address;
    private String phone;
    private String email;
    private String preferredLanguage;
    private String contactChannel;

    public String register() {
        CaseFileView opened = UiProblems.attempt(() -> intake.registerAndOpen(
                caller,
                new PersonDetails(
                        lastName,
                        firstNames,
                        birthName,
                        birthDate,
                        nir,
                        address,
                        phone,
                        email,
                        preferredLanguage,
                        contactChannel)));
        if (opened == null) {
            return null;
        }
        UiText.info("register.done");
        return UiPages.go("/ui/dossiers/dossier.xhtml", opened.id());
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String v) {
        lastName = v;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public void setFirstNames(String v) {
        firstNames = v;
    }

    public String getBirthName() {
        return birthName;
    }

    public void setBirthName(String v) {
        birthName = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String v) {
        nir = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String v) {
        preferredLanguage = v;
    }

    public String getContactChannel() {
        return contactChannel;
    }

    public void setContactChannel(String v) {
        contactChannel = v;
    }
}
