package org.passerelle.web.ui.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralSummary;
import org.passerelle.web.ui.UiProblems;

/** "Mes orientations": the agent's orientations, overdue ones first, then the newest. */
@Named
@RequestScoped
public class MyReferralsPage {

    @Inject
    ReferralService referrals;

    @Inject
    Caller caller;

    private List<ReferralSummary> list;

    public List<ReferralSummary> getList() {
        if (list == null) {
            list = UiProblems.attemptList(() -> referrals.list(caller)).stream()
                    .sorted(Comparator.comparing(ReferralSummary::overdue)
                            .reversed()
                            .thenComparing(ReferralSummary::createdAt, Comparator.reverseOrder()))
                    .toList();
        }
        return list;
    }
}
