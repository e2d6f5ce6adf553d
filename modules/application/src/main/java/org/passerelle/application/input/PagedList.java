package org.passerelle.application.input;

import java.util.List;

/**
 * One page of a list filtered in full: its entries, the page asked for and how many there are in
 * all, so that a page can say "page 2 of 5" and a client can tell when it has them all.
 *
 * @param entries the entries of this page, in the list's order
 * @param page    the page number, from 0
 * @param size    the page size asked for
 * @param total   the entries of the whole list
 */
public record PagedList<T>(List<T> entries, int page, int size, long total) {

    public PagedList {
        entries = List.copyOf(entries);
    }

    /** The page {@code paging} names of {@code all}, which is in its final order. */
    public static <T> PagedList<T> of(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PagedList<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
