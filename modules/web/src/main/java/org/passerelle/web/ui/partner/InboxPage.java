package org.passerelle.web.ui.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.PartnerReferralService;
import org.passerelle.application.referral.PartnerReferralView;
import org.passerelle.web.ui.UiProblems;

/** The partner caseworker's inbox: the triage view of each orientation, no personal field (S2). */
@Named
@RequestScoped
public class InboxPage {

    @Inject
    PartnerReferralService referrals;

    @Inject
    Caller caller;

    private List<PartnerReferralView> list;

    public List<PartnerReferralView> getList() {
        if (list == null) {
            list = UiProblems.attemptList(() -> referrals.inbox(caller));
        }
        return list;
    }
}
