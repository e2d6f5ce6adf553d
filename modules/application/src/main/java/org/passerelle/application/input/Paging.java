package org.passerelle.application.input;

import org.passerelle.domain.failure.InvalidInputException;

/**
 * A page of a list: its number from 0 and its size. Checked once here for every paged list, so
 * that no page can ask for a negative size or an offset beyond what a query can skip (a page
 * number times a size overflowing an {@code int} made a negative offset).
 *
 * @param page the page number, 0 for the first
 * @param size the entries per page, 1 to {@link #SIZE_MAX}
 */
public record Paging(int page, int size) {

    public static final int SIZE_MAX = 500;
    public static final int SIZE_DEFAULT = 50;

    /** @throws InvalidInputException (422) naming {@code page} or {@code size} */
    public Paging {
        if (size < 1 || size > SIZE_MAX) {
            throw new InvalidInputException("size", "is not between 1 and " + SIZE_MAX);
        }
        if (page < 0) {
            throw new InvalidInputException("page", "is negative (the first page is 0)");
        }
        if ((long) page * size + size > Integer.MAX_VALUE) {
            throw new InvalidInputException(
                    "page",
                    "is beyond the last page a list can have ((page + 1) × size at most " + Integer.MAX_VALUE + ")");
        }
    }

    /** How many entries come before this page. */
    public int offset() {
        return page * size;
    }
}
