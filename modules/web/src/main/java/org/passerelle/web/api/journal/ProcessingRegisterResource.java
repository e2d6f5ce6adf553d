package org.passerelle.web.api.journal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.ProcessingRegisters;
import org.passerelle.report.ProcessingRegister;
import org.passerelle.report.ProcessingRegisterCsv;
import org.passerelle.report.ProcessingRegisterPdf;

/**
 * The register of processing activities (GDPR art. 30) of the caller's CCAS, for its DPO: JSON,
 * PDF with {@code Accept: application/pdf}, CSV with {@code Accept: text/csv}. Each production is
 * journaled as an export.
 */
@Path("/register")
@RequestScoped
public class ProcessingRegisterResource {

    static final String PDF_NAME = "registre-des-traitements.pdf";
    static final String CSV_NAME = "registre-des-traitements.csv";

    @Inject
    Caller caller;

    @Inject
    ProcessingRegisters registers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Produce the register of processing activities, GDPR art. 30 (journaled)")
    public ProcessingRegister json() {
        return registers.produce(caller);
    }

    @GET
    @Produces("application/pdf")
    @Operation(summary = "Produce the register of processing activities as a PDF (journaled)")
    public Response pdf() {
        return file(ProcessingRegisterPdf.render(registers.produce(caller)), "application/pdf", PDF_NAME);
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Produce the register of processing activities as CSV (journaled)")
    public Response csv() {
        return file(ProcessingRegisterCsv.render(registers.produce(caller)), "text/csv; charset=UTF-8", CSV_NAME);
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
