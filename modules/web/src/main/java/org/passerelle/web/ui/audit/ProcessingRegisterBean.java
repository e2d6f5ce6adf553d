package org.passerelle.web.ui.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.ProcessingRegisters;
import org.passerelle.report.ProcessingRegister;
import org.passerelle.report.ProcessingRegisterCsv;
import org.passerelle.report.ProcessingRegisterPdf;
import org.passerelle.web.ui.UiProblems;

/**
 * The register of processing activities (GDPR art. 30) for the DPO, as PDF or CSV, through the
 * service the API uses, which journals each production as an export.
 */
@Named("auditRegister")
@RequestScoped
public class ProcessingRegisterBean {

    static final String PDF_NAME = "registre-des-traitements.pdf";
    static final String CSV_NAME = "registre-des-traitements.csv";

    @Inject
    Caller caller;

    @Inject
    ProcessingRegisters registers;

    public String pdf() {
        ProcessingRegister register = UiProblems.attempt(() -> registers.produce(caller));
        if (register != null) {
            Download.send(ProcessingRegisterPdf.render(register), "application/pdf", PDF_NAME);
        }
        return null;
    }

    public String csv() {
        ProcessingRegister register = UiProblems.attempt(() -> registers.produce(caller));
        if (register != null) {
            Download.send(ProcessingRegisterCsv.render(register), "text/csv; charset=UTF-8", CSV_NAME);
        }
        return null;
    }
}
