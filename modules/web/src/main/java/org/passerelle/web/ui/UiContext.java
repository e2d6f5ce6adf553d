package org.passerelle.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.identity.CallerProfile;
import org.passerelle.application.identity.CallerService;
import org.passerelle.application.identity.UnknownOrganisationException;
import org.passerelle.secrecy.Role;

/** What every page's frame needs: who is signed in, their organisation, their roles, the language. */
@Named("ui")
@RequestScoped
public class UiContext {

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<Caller> callers;

    @Inject
    CallerService profiles;

    @Inject
    UiLanguage language;

    private String organisationName;

    public Locale getLocale() {
        return language.locale();
    }

    /** Switches the language and shows the same page again (same view, same parameters). */
    public String useLanguage(String code) {
        language.use(code);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        return null;
    }

    /** The signed-in caller; none on an error page reached without signing in. */
    Caller caller() {
        return request.getUserPrincipal() == null ? null : callers.get();
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        Caller caller = caller();
        return caller == null ? "" : caller.username();
    }

    public String getOrganisationName() {
        Caller caller = caller();
        if (caller == null) {
            return "";
        }
        if (organisationName == null) {
            try {
                CallerProfile profile = profiles.describe(caller);
                organisationName = profile.organisationName();
            } catch (UnknownOrganisationException e) {
                organisationName = String.valueOf(caller.organisation());
            }
        }
        return organisationName;
    }

    public boolean isAgent() {
        return has(Role.CCAS_AGENT);
    }

    public boolean isReception() {
        return has(Role.CCAS_RECEPTION);
    }

    /** The CCAS manager (responsable de pôle): delegations and the team's lists, no dossier content. */
    public boolean isManager() {
        return has(Role.CCAS_MANAGER);
    }

    public boolean isPartner() {
        return has(Role.PARTNER_CASEWORKER);
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    private boolean has(Role role) {
        Caller caller = caller();
        return caller != null && caller.roles().contains(role);
    }
}
