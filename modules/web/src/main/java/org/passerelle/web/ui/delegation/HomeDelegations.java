package org.passerelle.web.ui.delegation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.passerelle.application.dossier.DelegationService;
import org.passerelle.application.dossier.DelegationView;
import org.passerelle.application.identity.Caller;
import org.passerelle.web.ui.UiProblems;

/** What the home page says of delegations: whom the agent stands in for right now. */
@Named
@RequestScoped
public class HomeDelegations {

    @Inject
    DelegationService delegations;

    @Inject
    Caller caller;

    private List<DelegationView> received;

    public List<DelegationView> getReceived() {
        if (received == null) {
            received = UiProblems.attemptList(() -> delegations.received(caller));
        }
        return received;
    }
}
