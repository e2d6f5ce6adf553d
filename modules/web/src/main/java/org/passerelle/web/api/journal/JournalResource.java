package org.passerelle.web.api.journal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.IntegrityView;
import org.passerelle.application.journal.JournalAudit;
import org.passerelle.application.journal.JournalPage;
import org.passerelle.application.journal.JournalSearch;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.web.api.input.PageParams;

/** The access journal, for the auditor role only. Query parameters hold ids and codes, never a personal value. */
@Path("/journal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Inject
    Caller caller;

    @Inject
    JournalAudit audit;

    @GET
    @Operation(summary = "Search the journal of the auditor's organisation, newest first")
    public JournalPage search(
            @QueryParam("personId") UUID personId,
            @QueryParam("caseFileId") UUID caseFileId,
            @QueryParam("username") String username,
            @QueryParam("organisation") String organisation,
            @QueryParam("action") String action,
            @QueryParam("outcome") String outcome,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam PageParams page) {
        return audit.search(
                caller,
                new JournalSearch(
                        personId,
                        caseFileId,
                        username,
                        organisation,
                        action,
                        outcome,
                        instant("from", from),
                        instant("to", to)),
                page.paging());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export a search as CSV (journaled; a large one raises an alert)")
    public Response export(
            @QueryParam("personId") UUID personId,
            @QueryParam("caseFileId") UUID caseFileId,
            @QueryParam("username") String username,
            @QueryParam("organisation") String organisation,
            @QueryParam("action") String action,
            @QueryParam("outcome") String outcome,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String csv = audit.exportCsv(
                caller,
                new JournalSearch(
                        personId,
                        caseFileId,
                        username,
                        organisation,
                        action,
                        outcome,
                        instant("from", from),
                        instant("to", to)));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal.csv\"")
                .build();
    }

    @GET
    @Path("integrity")
    @Operation(summary = "Verify the whole chain against the signed checkpoints; names the first bad position")
    public IntegrityView integrity() {
        return audit.verify(caller);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "is not an ISO-8601 instant (e.g. 2026-11-23T08:00:00Z)");
        }
    }
}
