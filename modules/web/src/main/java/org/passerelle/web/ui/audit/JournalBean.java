package org.passerelle.web.ui.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.input.Paging;
import org.passerelle.application.journal.JournalAudit;
import org.passerelle.application.journal.JournalPage;
import org.passerelle.application.journal.JournalSearch;
import org.passerelle.secrecy.Outcome;
import org.passerelle.web.ui.UiProblems;

/**
 * The journal search page: filters POSTed (never in the URL), results a page at a time, and the
 * same search as CSV through the service the API's export uses, which journals it. View-scoped so
 * that paging goes on with the search that is shown. Nothing is searched before the auditor asks:
 * each search is itself a journal entry.
 */
@Named("auditJournal")
@ViewScoped
public class JournalBean extends PostbackPages {

    private static final long serialVersionUID = 1L;
    /** The flash entry another auditor page leaves to open the journal on one usager (never a URL parameter). */
    static final String PERSON_FLASH = "passerelle.journal.person";

    @Inject
    RequestCaller caller;

    @Inject
    JournalAudit audit;

    private final JournalFilter filter = new JournalFilter();
    private JournalFilter shown;
    private List<JournalRow> rows = List.of();

    public JournalFilter getFilter() {
        return filter;
    }

    public List<String> getActions() {
        return Arrays.stream(JournalAction.values()).map(Enum::name).toList();
    }

    public List<String> getOutcomes() {
        return Arrays.stream(Outcome.values()).map(Enum::name).toList();
    }

    /**
     * Before the first rendering (preRenderView): when another page sent the auditor here for one
     * usager, search their entries at once, so that a refusal's message shows at the top.
     */
    public void prepare() {
        Object person = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get(PERSON_FLASH);
        if (person != null && shown == null) {
            filter.setPerson(person.toString());
            search();
        }
    }

    @Override
    protected void turnTo(int wanted) {
        show(shown, wanted);
    }

    public String search() {
        show(filter.copy(), 0);
        return null;
    }

    /** The form's search as a CSV file; on a refusal, the page again with the reason. */
    public String csv() {
        JournalSearch search = filter.toSearch();
        String csv = search == null ? null : UiProblems.attempt(() -> audit.exportCsv(caller.get(), search));
        if (csv != null) {
            Download.send(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", "journal.csv");
        }
        return null;
    }

    private void show(JournalFilter wanted, int wantedPage) {
        JournalSearch search = wanted.toSearch();
        JournalPage result = search == null
                ? null
                : UiProblems.attempt(() -> audit.search(caller.get(), search, new Paging(wantedPage, PAGE_SIZE)));
        if (result == null) {
            return;
        }
        shown = wanted;
        shown(result.page(), result.total());
        rows = result.entries().stream().map(JournalRow::of).toList();
    }

    public boolean isSearched() {
        return shown != null;
    }

    public List<JournalRow> getRows() {
        return rows;
    }
}
