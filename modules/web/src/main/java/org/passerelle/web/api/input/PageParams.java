package org.passerelle.web.api.input;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.passerelle.application.input.Paging;
import org.passerelle.domain.failure.InvalidInputException;

/**
 * The paging parameters of every paged list ({@code @BeanParam}): {@code page} from 0 and
 * {@code size}, 50 by default, at most 500. Read as text and checked by {@link Paging}, so that a
 * number out of range or not a number at all is a 422 naming the parameter (an {@code int}
 * parameter would make JAX-RS answer 404 to {@code page=abc}).
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(
            description = "The page, from 0",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Entries per page",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    String size;

    /** @throws InvalidInputException (422) naming {@code page} or {@code size} */
    public Paging paging() {
        return new Paging(number("page", page, 0), number("size", size, Paging.SIZE_DEFAULT));
    }

    /**
     * The same, but as many as a page can hold when the caller names neither {@code page} nor
     * {@code size}: for the lists that were whole before they were paged, so that their clients
     * still get everything they got (up to {@link Paging#SIZE_MAX}).
     */
    public Paging pagingOrFirstMax() {
        return page == null && size == null ? new Paging(0, Paging.SIZE_MAX) : paging();
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "is not a whole number within range");
        }
    }
}
