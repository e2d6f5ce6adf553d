package org.passerelle.web.ui.audit;

import java.io.Serializable;

/**
 * Paging by postback for the view-scoped audit pages (journal, alerts, rights requests): the page
 * shown of what was last searched, its total, and the previous and next pages. The filters stay
 * in the view, never in a URL.
 */
abstract class PostbackPages implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    private int page;
    private long total;

    /** Shows page {@code wanted} (from 0) of what is searched, and {@link #shown} it; on a refusal, nothing. */
    protected abstract void turnTo(int wanted);

    /** What {@link #turnTo} found: the page it shows and the total of the search. */
    protected final void shown(int shownPage, long shownTotal) {
        this.page = shownPage;
        this.total = shownTotal;
    }

    protected final int page() {
        return page;
    }

    public String next() {
        if (isHasNext()) {
            turnTo(page + 1);
        }
        return null;
    }

    public String previous() {
        if (isHasPrevious()) {
            turnTo(page - 1);
        }
        return null;
    }

    public long getTotal() {
        return total;
    }

    /** One-based, for people. */
    public int getPageNumber() {
        return page + 1;
    }

    public long getPageCount() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < total;
    }
}
