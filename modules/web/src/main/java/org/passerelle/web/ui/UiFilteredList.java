package org.passerelle.web.ui;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.input.Paging;
import org.passerelle.application.referral.ReferralFilter;
import org.passerelle.domain.referral.Urgency;

/**
 * A working list of orientations filtered by a GET form (its values, codes, days and staff
 * usernames, stay in the address so that the list can be bookmarked), a page at a time: what the
 * agent's and the partner's lists share.
 *
 * @param <T> an entry of the list
 */
public abstract class UiFilteredList<T> {

    public static final int PAGE_SIZE = 25;

    private UiListQuery query;
    private PagedList<T> page;

    /** The page of entries the filter keeps, read through the use case (which journals it). */
    protected abstract PagedList<T> fetch(ReferralFilter filter, Paging paging);

    /** The page's own path, for the paging links. */
    protected abstract String path();

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

    private PagedList<T> page() {
        if (page == null) {
            UiListQuery q = getQuery();
            page = UiProblems.attempt(() -> fetch(q.filter(), q.paging(PAGE_SIZE)));
            if (page == null) {
                page = new PagedList<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return page;
    }

    public List<T> getList() {
        return page().entries();
    }

    public long getTotal() {
        return page().total();
    }

    public UiListQuery.Pages getPages() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return UiListQuery.Pages.of(getQuery(), page(), context + path());
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
