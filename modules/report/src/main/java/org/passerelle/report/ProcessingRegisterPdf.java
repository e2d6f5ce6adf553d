package org.passerelle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link ProcessingRegister} as the PDF the DPO keeps and shows the CNIL: French, A4,
 * the same layout and fonts as the access report ({@link PageFlow}, Helvetica, nothing embedded).
 * Sections: the controller and its DPO, the processing activities, the recipients (a table, one row
 * per active convention), the retention periods, the security measures, transfers outside the EU.
 * Every page carries the register's reference, its date and "page n sur N".
 */
public final class ProcessingRegisterPdf {

    /** The document title in the PDF metadata. */
    public static final String DOCUMENT_TITLE = "Registre des activités de traitement";

    private ProcessingRegisterPdf() {}

    /**
     * The register as PDF bytes.
     *
     * @throws UncheckedIOException if PDFBox fails to write, which in memory means a bug
     */
    public static byte[] render(ProcessingRegister register) {
        Objects.requireNonNull(register, "register");
        return FrenchPdf.render(
                DOCUMENT_TITLE,
                register.producedAt(),
                "Registre des traitements · réf. " + register.registerId() + " · établi le "
                        + FrenchLabels.date(register.producedAt()),
                flow -> {
                    writeIntroduction(flow, register);
                    writeActivities(flow, register);
                    writeRecipients(flow, register);
                    writeRetentions(flow, register);
                    writeSecurity(flow, register);
                },
                "processing register " + register.registerId());
    }

    private static void writeIntroduction(PageFlow flow, ProcessingRegister register) throws IOException {
        flow.paragraph(DOCUMENT_TITLE, true, FrenchPdf.TITLE_SIZE, 24);
        flow.paragraph("Article 30 du règlement général sur la protection des données", false, 12, 16);
        flow.space(8);
        flow.paragraph("Responsable de traitement : " + register.controllerName());
        flow.paragraph("Délégué à la protection des données : " + register.dpoContact());
        flow.paragraph("Établi le " + FrenchLabels.date(register.producedAt()) + " à "
                + FrenchLabels.time(register.producedAt()) + " par " + register.producedBy()
                + ", à partir de la configuration de Passerelle (conventions de partage actives, durées de"
                + " conservation).");
        flow.paragraph("Référence : " + register.registerId());
    }

    private static void writeActivities(PageFlow flow, ProcessingRegister register) throws IOException {
        flow.heading("Activités de traitement");
        for (ProcessingRegister.Activity activity : register.activities()) {
            flow.space(4);
            flow.paragraph(activity.name(), true, PageFlow.BODY_SIZE, PageFlow.BODY_LEADING);
            flow.bullet("Finalité : " + activity.purpose());
            flow.bullet("Base légale : " + activity.legalBasis());
            flow.bullet("Personnes concernées : " + String.join(", ", activity.personCategories()) + ".");
            flow.bullet("Catégories de données : "
                    + (activity.dataCategories().isEmpty()
                            ? "identifiants des personnes habilitées, organisme, action, date, identifiants"
                                    + " techniques des dossiers et noms des champs, jamais leurs valeurs"
                            : FrenchLabels.categories(activity.dataCategories()))
                    + ".");
        }
    }

    private static void writeRecipients(PageFlow flow, ProcessingRegister register) throws IOException {
        flow.heading("Destinataires (conventions de partage actives)");
        if (register.recipients().isEmpty()) {
            flow.paragraph("Aucune convention de partage n’est active : aucune donnée n’est communiquée à un"
                    + " organisme extérieur.");
            return;
        }
        flow.paragraph("Outre les agents habilités du CCAS, les données peuvent être communiquées aux organismes"
                + " suivants, pour la seule finalité et les seules catégories de leur convention.");
        flow.space(6);
        List<List<String>> rows = new ArrayList<>();
        for (ProcessingRegister.Recipient recipient : register.recipients()) {
            rows.add(List.of(
                    recipient.organisationName() + " (" + recipient.organisationCode() + ")",
                    FrenchLabels.cadre(recipient.cadre()) + " — " + recipient.legalSource()
                            + (recipient.consentRequired() ? " — consentement requis" : ""),
                    recipient.purpose(),
                    FrenchLabels.categories(recipient.categories())));
        }
        flow.table(
                List.of("Organisme", "Cadre de partage", "Finalité", "Catégories de données"),
                new float[] {24, 26, 20, 30},
                rows);
    }

    private static void writeRetentions(PageFlow flow, ProcessingRegister register) throws IOException {
        flow.heading("Durées de conservation");
        List<List<String>> rows = new ArrayList<>();
        for (ProcessingRegister.Retention retention : register.retentions()) {
            rows.add(List.of(retention.data(), retention.period()));
        }
        flow.table(List.of("Données", "Durée"), new float[] {35, 65}, rows);
    }

    private static void writeSecurity(PageFlow flow, ProcessingRegister register) throws IOException {
        flow.heading("Mesures de sécurité");
        for (String measure : register.securityMeasures()) {
            flow.bullet(measure);
        }
        flow.heading("Transferts hors de l’Union européenne");
        flow.paragraph(register.transfersOutsideEu());
    }
}
