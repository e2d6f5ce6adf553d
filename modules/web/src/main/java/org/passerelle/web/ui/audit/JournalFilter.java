package org.passerelle.web.ui.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.passerelle.application.journal.JournalSearch;
import org.passerelle.web.ui.UiBundle;

/** The journal search form as typed: text, read only when a search runs. */
public class JournalFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String person;
    private String dossier;
    private String username;
    private String organisation;
    private String action;
    private String outcome;
    private String from;
    private String to;

    /** A copy, so that paging goes on with the search shown even if the form was changed since. */
    JournalFilter copy() {
        JournalFilter copy = new JournalFilter();
        copy.person = person;
        copy.dossier = dossier;
        copy.username = username;
        copy.organisation = organisation;
        copy.action = action;
        copy.outcome = outcome;
        copy.from = from;
        copy.to = to;
        return copy;
    }

    /**
     * The service's search, or null after saying which field is wrong. The form's "to" day is
     * included; the service's {@code to} is exclusive, hence the start of the next day.
     */
    JournalSearch toSearch() {
        TypedInput input = new TypedInput();
        UUID personId = input.uuid(person, "journal.person");
        UUID caseFileId = input.uuid(dossier, "journal.dossier");
        LocalDate fromDay = input.day(from, "journal.from");
        LocalDate toDay = input.day(to, "journal.to");
        if (!input.valid()) {
            return null;
        }
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            UiBundle.AUDIT.error("input.period");
            return null;
        }
        return new JournalSearch(
                personId,
                caseFileId,
                TypedInput.text(username),
                TypedInput.text(organisation),
                TypedInput.text(action),
                TypedInput.text(outcome),
                TypedInput.startOf(fromDay),
                TypedInput.startOf(toDay == null ? null : toDay.plusDays(1)));
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getDossier() {
        return dossier;
    }

    public void setDossier(String dossier) {
        this.dossier = dossier;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
