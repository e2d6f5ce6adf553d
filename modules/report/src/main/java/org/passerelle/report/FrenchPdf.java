package org.passerelle.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The frame every Passerelle PDF shares: French, A4, Helvetica (nothing embedded), a title and a
 * creation date as its only metadata, the body laid out by a {@link PageFlow}, and on every page a
 * footer naming the document on the left and "page n sur N" on the right.
 */
final class FrenchPdf {

    static final float TITLE_SIZE = 18;
    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 36;

    /** Writes a document's sections. */
    interface Body {
        void write(PageFlow flow) throws IOException;
    }

    private FrenchPdf() {}

    /**
     * The document as PDF bytes.
     *
     * @param footer what each page's footer says of the document (a reference and a date, no personal value)
     * @param what   names the document in the exception, if PDFBox fails to write (in memory, a bug)
     */
    static byte[] render(String title, Instant producedAt, String footer, Body body, String what) {
        try (PDDocument document = new PDDocument()) {
            FontSafeText regular = new FontSafeText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            FontSafeText bold = new FontSafeText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(title);
            information.setCreator("Passerelle");
            information.setCreationDate(GregorianCalendar.from(producedAt.atZone(FrenchLabels.PARIS)));
            document.setDocumentInformation(information);
            document.getDocumentCatalog().setLanguage("fr-FR");

            PageFlow flow = new PageFlow(document, regular, bold);
            flow.newPage();
            body.write(flow);
            flow.finish();
            writeFooters(document, regular, regular.sanitise(footer));

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + what, e);
        }
    }

    private static void writeFooters(PDDocument document, FontSafeText font, String left) throws IOException {
        int pages = document.getNumberOfPages();
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
