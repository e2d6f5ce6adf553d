package org.passerelle.web.api.journal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.AccessReports;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.report.AccessReport;
import org.passerelle.report.AccessReportPdf;

/**
 * The access report of an usager (S14), for the DPO: JSON, or PDF with {@code Accept: application/pdf}.
 * The usager's id goes in the body, so that no URL names them.
 */
@Path("/access-reports")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
public class AccessReportResource {

    /** Whose report, and whether staff names appear (they do not by default). */
    public record Request(UUID personId, Boolean includeStaffNames) {}

    @Inject
    Caller caller;

    @Inject
    AccessReports reports;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Produce an usager's access report (journaled)")
    public AccessReport json(Request request) {
        return produce(request);
    }

    @POST
    @Produces("application/pdf")
    @Operation(summary = "Produce an usager's access report as a PDF (journaled)")
    public Response pdf(Request request) {
        return Response.ok(AccessReportPdf.render(produce(request)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"releve-des-acces.pdf\"")
                .build();
    }

    private AccessReport produce(Request request) {
        if (request == null || request.personId() == null) {
            throw new InvalidInputException("personId", "is required");
        }
        return reports.produce(caller, request.personId(), Boolean.TRUE.equals(request.includeStaffNames()));
    }
}
