package org.passerelle.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.organisation.OrganisationService;
import org.passerelle.application.organisation.OrganisationView;
import org.passerelle.web.ui.UiProblems;

/** ui/admin/organisations.xhtml: the CCAS and partners Passerelle knows (kept by migration and realm). */
@Named("organisationsPage")
@RequestScoped
public class OrganisationsPage {

    @Inject
    Caller caller;

    @Inject
    OrganisationService organisations;

    private List<OrganisationView> list;

    public List<OrganisationView> getList() {
        if (list == null) {
            list = UiProblems.attemptList(() -> organisations.list(caller));
        }
        return list;
    }
}
