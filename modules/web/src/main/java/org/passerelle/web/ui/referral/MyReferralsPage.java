package org.passerelle.web.ui.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.passerelle.application.convention.ConventionService;
import org.passerelle.application.convention.ConventionView;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.referral.ReferralFilter;
import org.passerelle.application.referral.ReferralService;
import org.passerelle.application.referral.ReferralSummary;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.web.ui.UiListQuery;
import org.passerelle.web.ui.UiProblems;

/**
 * "Mes orientations", the agent's working list (issue 18): the orientations of the dossiers they
 * follow, overdue ones first then the newest, filtered by a GET form whose values (codes, days,
 * staff usernames) stay in the address so that the list can be bookmarked; a page at a time.
 * Ended orientations stay listed.
 */
@Named
@RequestScoped
public class MyReferralsPage {

    static final int PAGE_SIZE = 25;
    static final String PATH = "/ui/referrals/mine.xhtml";

    @Inject
    ReferralService referrals;

    @Inject
    ConventionService conventions;

    @Inject
    Caller caller;

    private UiListQuery query;
    private PagedList<ReferralSummary> page;
    private List<String> partners;

    /**
     * Reads the list before rendering (preRenderView), so that a refusal's message, such as a
     * filter that is not a day, shows at the top of the page.
     */
    public void load() {
        page();
    }

    public UiListQuery getQuery() {
        if (query == null) {
            query = UiListQuery.ofRequest();
        }
        return query;
    }

    private PagedList<ReferralSummary> page() {
        if (page == null) {
            UiListQuery q = getQuery();
            page = UiProblems.attempt(() -> referrals.list(caller, q.filter(), q.paging(PAGE_SIZE)));
            if (page == null) {
                page = new PagedList<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return page;
    }

    public List<ReferralSummary> getList() {
        return page().entries();
    }

    public long getTotal() {
        return page().total();
    }

    public UiListQuery.Pages getPages() {
        return UiListQuery.Pages.of(getQuery(), page(), contextPath() + PATH);
    }

    public List<String> getStatuses() {
        return Arrays.stream(ReferralStatus.values()).map(Enum::name).toList();
    }

    public List<String> getUrgencies() {
        return Arrays.stream(Urgency.values()).map(Enum::name).toList();
    }

    public List<String> getScopes() {
        return Arrays.stream(ReferralFilter.Scope.values())
                .map(ReferralFilter.Scope::code)
                .toList();
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

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
