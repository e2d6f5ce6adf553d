package org.passerelle.web.ui.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.input.Paging;
import org.passerelle.application.referral.ReferralFilter;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralSummary;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.web.ui.UiFilteredList;
import org.passerelle.web.ui.UiProblems;

/**
 * "Mes orientations", the agent's working list (issue 18): the orientations of the dossiers they
 * follow, overdue ones first then the newest, filtered by a GET form whose values (codes, days,
 * staff usernames) stay in the address so that the list can be bookmarked; a page at a time.
 * Ended orientations stay listed.
 */
@Named
@RequestScoped
public class MyReferralsPage extends UiFilteredList<ReferralSummary> {

    static final String PATH = "/ui/referrals/mine.xhtml";

    @Inject
    ReferralService referrals;

    @Inject
    ConventionService conventions;

    @Inject
    Caller caller;

    private List<String> partners;

    @Override
    protected PagedList<ReferralSummary> fetch(ReferralFilter filter, Paging paging) {
        return referrals.list(caller, filter, paging);
    }

    @Override
    protected String path() {
        return PATH;
    }

    public List<String> getStatuses() {
        return Arrays.stream(ReferralStatus.values()).map(Enum::name).toList();
    }

    /** The partners of the active conventions: those an orientation can go to. */
    public List<String> getPartners() {
        if (partners == null) {
            partners = UiProblems.attemptList(() -> conventions.list(caller, null)).stream()
                    .map(ConventionView::partner)
                    .distinct()
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
        return partners;
    }
}
