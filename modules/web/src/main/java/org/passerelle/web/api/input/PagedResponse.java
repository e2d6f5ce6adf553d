package org.passerelle.web.api.input;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.passerelle.application.input.PagedList;

/**
 * A page of a list that was a plain JSON array before it was paged: the body stays the array (its
 * clients keep working), the paging goes into headers, {@code X-Total-Count} and RFC 8288
 * {@code Link} ({@code next}, {@code prev}) with the same query string but the page.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {}

    public static Response of(PagedList<?> page, UriInfo uriInfo) {
        Response.ResponseBuilder response =
                Response.ok(page.entries()).header(TOTAL_COUNT, Long.toString(page.total()));
        if (page.hasNext()) {
            response.links(link(uriInfo, page, page.page() + 1, "next"));
        }
        if (page.page() > 0) {
            response.links(link(uriInfo, page, page.page() - 1, "prev"));
        }
        return response.build();
    }

    private static Link link(UriInfo uriInfo, PagedList<?> page, int number, String rel) {
        return Link.fromUriBuilder(uriInfo.getRequestUriBuilder()
                        .replaceQueryParam("page", number)
                        .replaceQueryParam("size", page.size()))
                .rel(rel)
                .build();
    }
}
