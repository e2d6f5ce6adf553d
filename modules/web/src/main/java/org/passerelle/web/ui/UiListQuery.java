package org.passerelle.web.ui;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.passerelle.application.input.PagedList;
import org.passerelle.application.input.Paging;
import org.passerelle.application.referral.ReferralFilter;

/**
 * The filters of a working list of orientations as a GET form puts them in the address (issue
 * 18): codes, days and staff usernames only, so the list can be bookmarked and nothing personal
 * ever is in an address. The same names as the API's query parameters; parsed by
 * {@link ReferralFilter}, whose refusal the page shows like any other.
 */
public final class UiListQuery {

    /** The parameters a working list reads, in the order of its form. */
    static final List<String> NAMES =
            List.of("scope", "status", "partner", "urgency", "overdue", "agent", "from", "to");

    private final Map<String, String> values;
    private final int page;

    private UiListQuery(Map<String, String> values, int page) {
        this.values = values;
        this.page = page;
    }

    /** The query of the current request. */
    public static UiListQuery ofRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        int page = 0;
        try {
            page = Math.max(0, Integer.parseInt(parameters.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new UiListQuery(parameters, page);
    }

    /** The value typed or chosen for a filter, empty when none: the form shows it again. */
    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** The filter the query asks for; a wrong value throws the 422 the page shows. */
    public ReferralFilter filter() {
        String status = values.get("status");
        return ReferralFilter.parse(
                status == null ? List.of() : List.of(status),
                values.get("partner"),
                values.get("urgency"),
                values.get("overdue"),
                values.get("agent"),
                values.get("from"),
                values.get("to"),
                values.get("scope"));
    }

    public Paging paging(int size) {
        // A page beyond what a list can have is the first one, not an error.
        return page > Integer.MAX_VALUE / size - 1 ? new Paging(0, size) : new Paging(page, size);
    }

    /** Whether any filter is set. */
    public boolean isFiltered() {
        return NAMES.stream().anyMatch(n -> !value(n).isBlank());
    }

    /** The address of another page of the same list, the filters kept. */
    public String pageLink(String path, int number) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        for (String name : NAMES) {
            String value = value(name);
            if (!value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        query.add("page=" + number);
        return query.toString();
    }

    /** "Page 2 of 5" and the links around it, for a page of the list. */
    public record Pages(int number, int count, String previous, String next) {

        public static Pages of(UiListQuery query, PagedList<?> list, String path) {
            int count = (int) Math.max(1, (list.total() + list.size() - 1) / list.size());
            return new Pages(
                    list.page() + 1,
                    count,
                    list.page() > 0 ? query.pageLink(path, list.page() - 1) : null,
                    list.hasNext() ? query.pageLink(path, list.page() + 1) : null);
        }
    }
}
