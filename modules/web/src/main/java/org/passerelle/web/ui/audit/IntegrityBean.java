package org.passerelle.web.ui.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.IntegrityView;
import org.passerelle.application.journal.JournalAudit;
import org.passerelle.web.ui.UiProblems;

/**
 * The journal's integrity panel: the service behind the API's integrity check. Run on request,
 * not on each display: it reads the whole chain, and each check is journaled.
 */
@Named("auditIntegrity")
@RequestScoped
public class IntegrityBean {

    @Inject
    Caller caller;

    @Inject
    JournalAudit audit;

    private IntegrityView result;

    public String verify() {
        result = UiProblems.attempt(() -> audit.verify(caller));
        return null;
    }

    public IntegrityView getResult() {
        return result;
    }
}
