package org.passerelle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered report read back the way a reader would: PDFBox re-opens the bytes and extracts the
 * text, so the tests check what is on the pages, not what the renderer meant to put there.
 *
 * @param text        the extracted text with runs of whitespace folded into one space
 * @param pages       the number of pages
 * @param information the document information dictionary
 * @param language    the document catalogue's language
 * @param hasXmp      whether the catalogue carries an XMP metadata stream
 */
record Rendered(String text, int pages, PDDocumentInformation information, String language, boolean hasXmp) {

    static Rendered of(AccessReport report) {
        return read(AccessReportPdf.render(report));
    }

    static Rendered read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return new Rendered(
                    text,
                    document.getNumberOfPages(),
                    document.getDocumentInformation(),
                    document.getDocumentCatalog().getLanguage(),
                    document.getDocumentCatalog().getMetadata() != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based), whitespace folded. */
    static String page(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
