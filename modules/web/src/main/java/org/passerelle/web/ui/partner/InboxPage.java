package org.passerelle.web.ui.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.referral.PartnerReferralService;
import org.passerelle.application.referral.PartnerReferralView;
import org.passerelle.application.referral.ReferralFilter;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.web.ui.UiListQuery;
import org.passerelle.web.ui.UiProblems;

/**
 * The partner caseworker's inbox: the triage view of each orientation, no personal field (S2),
 * filtered by a GET form (status, urgency, overdue, mine or not yet taken; codes and staff
 * usernames only in the address), a page at a time. Only the page shown is opened and journaled.
 */
@Named
@RequestScoped
public class InboxPage {

    static final int PAGE_SIZE = 25;
    static final String PATH = "/ui/inbox/list.xhtml";

    /** The statuses an inbox holds: sent and not ended (S7). */
    private static final List<String> STATUSES = Arrays.stream(ReferralStatus.values())
            .filter(s -> s.isOpen() && s != ReferralStatus.DRAFT)
            .map(Enum::name)
            .toList();

    @Inject
    PartnerReferralService referrals;

    @Inject
    Caller caller;

    private UiListQuery query;
    private PagedList<PartnerReferralView> page;

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

    private PagedList<PartnerReferralView> page() {
        if (page == null) {
            UiListQuery q = getQuery();
            page = UiProblems.attempt(() -> referrals.inbox(caller, q.filter(), q.paging(PAGE_SIZE)));
            if (page == null) {
                page = new PagedList<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return page;
    }

    public List<PartnerReferralView> getList() {
        return page().entries();
    }

    public long getTotal() {
        return page().total();
    }

    public UiListQuery.Pages getPages() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return UiListQuery.Pages.of(getQuery(), page(), context + PATH);
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<String> getUrgencies() {
        return Arrays.stream(Urgency.values()).map(Enum::name).toList();
    }

    public List<String> getScopes() {
        return Arrays.stream(ReferralFilter.Scope.values())
                .map(ReferralFilter.Scope::code)
                .toList();
    }
}
