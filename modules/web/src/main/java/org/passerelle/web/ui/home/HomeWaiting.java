package org.passerelle.web.ui.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.passerelle.application.home.WaitingService;
import org.passerelle.application.home.WaitingView;
import org.passerelle.application.identity.Caller;
import org.passerelle.web.ui.UiProblems;

/** What the home page says waits for the caller: counts by role, each linking to its list. */
@Named("waiting")
@RequestScoped
public class HomeWaiting {

    private static final WaitingView NOTHING = new WaitingView(null, null, List.of(), List.of());

    @Inject
    WaitingService waiting;

    @Inject
    Caller caller;

    private WaitingView view;

    private WaitingView view() {
        if (view == null) {
            WaitingView found = UiProblems.attempt(() -> waiting.of(caller));
            view = found == null ? NOTHING : found;
        }
        return view;
    }

    public WaitingView.Agent getAgent() {
        return view().agent();
    }

    public WaitingView.Partner getPartner() {
        return view().partner();
    }

    public List<WaitingView.Tally> getPerAgent() {
        return view().perAgent();
    }

    public List<WaitingView.Tally> getPerPartner() {
        return view().perPartner();
    }
}
