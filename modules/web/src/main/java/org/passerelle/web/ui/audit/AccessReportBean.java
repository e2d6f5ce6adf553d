package org.passerelle.web.ui.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.AccessReports;
import org.passerelle.report.AccessReport;
import org.passerelle.report.AccessReportPdf;
import org.passerelle.web.json.JsonConfig;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * An usager's access report (S14), as PDF for the usager or JSON, through the service the API uses,
 * which journals it as an export. The usager's id is POSTed, never in a URL, and the file names
 * name nobody. Staff names are left out unless the DPO ticks the box.
 */
@Named("auditReport")
@RequestScoped
public class AccessReportBean {

    static final String PDF_NAME = "releve-acces.pdf";
    static final String JSON_NAME = "releve-acces.json";
    /** An usager's id handed over by the rights-requests page, in the flash (never in a URL). */
    static final String PERSON_FLASH = "report.person";

    @Inject
    Caller caller;

    @Inject
    AccessReports reports;

    private String person;
    private boolean staffNames;

    /** The id the rights-requests page handed over for an access request, if any. */
    @PostConstruct
    void fromFlash() {
        Object handed = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get(PERSON_FLASH);
        if (handed instanceof String id && person == null) {
            person = id;
        }
    }

    public String pdf() {
        AccessReport report = produce();
        if (report != null) {
            Download.send(AccessReportPdf.render(report), "application/pdf", PDF_NAME);
        }
        return null;
    }

    public String json() {
        AccessReport report = produce();
        if (report != null) {
            Download.send(toJson(report), "application/json", JSON_NAME);
        }
        return null;
    }

    private AccessReport produce() {
        TypedInput input = new TypedInput();
        UUID personId = input.uuid(person, "report.person");
        if (!input.valid()) {
            return null;
        }
        if (personId == null) {
            UiBundle.AUDIT.error("report.person-required");
            return null;
        }
        return UiProblems.attempt(() -> reports.produce(caller, personId, staffNames));
    }

    /** The API's JSON of the same report (same settings: ISO dates, absent rather than null). */
    private static byte[] toJson(AccessReport report) {
        try {
            return new JsonConfig().getContext(AccessReport.class).writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public boolean isStaffNames() {
        return staffNames;
    }

    public void setStaffNames(boolean staffNames) {
        this.staffNames = staffNames;
    }
}
