package org.passerelle.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

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

    private static final float TITLE_SIZE = 18;
    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 36;

    private ProcessingRegisterPdf() {}

    /**
     * The register as PDF bytes.
     *
     * @throws UncheckedIOException if PDFBox fails to write, which in memory means a bug
     */
    public static byte[] render(ProcessingRegister register) {
        Objects.requireNonNull(register, "register");
        try (PDDocument document = new PDDocument()) {
            FontSafeText regular = new FontSafeText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            FontSafeText bold = new FontSafeText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            describe(document, register);

            PageFlow flow = new PageFlow(document, regular, bold);
            flow.newPage();
            writeIntroduction(flow, register);
            writeActivities(flow, register);
            writeRecipients(flow, register);
            writeRetentions(flow, register);
            writeSecurity(flow, register);
            flow.finish();

            writeFooters(document, regular, register);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render processing register " + register.registerId(), e);
        }
    }

    private static void describe(PDDocument document, ProcessingRegister register) {
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(DOCUMENT_TITLE);
        information.setCreator("Passerelle");
        information.setCreationDate(GregorianCalendar.from(register.producedAt().atZone(FrenchLabels.PARIS)));
        document.setDocumentInformation(information);
        document.getDocumentCatalog().setLanguage("fr-FR");
    }

    private static void writeIntroduction(PageFlow flow, ProcessingRegister register) throws IOException {
        flow.paragraph(DOCUMENT_TITLE, true, TITLE_SIZE, 24);
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

    private static void writeFooters(PDDocument document, FontSafeText font, ProcessingRegister register)
            throws IOException {
        int pages = document.getNumberOfPages();
        String left = font.sanitise("Registre des traitements · réf. " + register.registerId() + " · établi le "
                + FrenchLabels.date(register.producedAt()));
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            String right = "page " + (i + 1) + " sur " + pages;
            try (PDPageContentStream stream =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.setNonStrokingColor(0.3f);
                show(stream, font, left, PageFlow.MARGIN_LEFT);
                float rightX = PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT - font.width(right, FOOTER_SIZE);
                show(stream, font, right, rightX);
            }
        }
    }

    private static void show(PDPageContentStream stream, FontSafeText font, String safeText, float x)
            throws IOException {
        stream.beginText();
        stream.setFont(font.font(), FOOTER_SIZE);
        stream.newLineAtOffset(x, FOOTER_BASELINE);
        stream.showText(safeText);
        stream.endText();
    }
}
