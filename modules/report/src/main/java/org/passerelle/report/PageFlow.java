package org.passerelle.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays text out top to bottom on A4 pages, opening a new page when the next block would cross the
 * bottom margin: paragraphs, headings kept with what follows, bulleted items and tables whose header
 * is repeated on every page. All text goes through {@link FontSafeText}, so nothing given can make
 * PDFBox throw on an unencodable character.
 *
 * <p>Holds one open content stream at a time; {@link #finish()} closes the last one.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_LEFT = 56;
    static final float MARGIN_RIGHT = 56;
    static final float MARGIN_TOP = 56;
    /** Leaves room for the footer. */
    static final float MARGIN_BOTTOM = 64;

    static final float BODY_SIZE = 10.5f;
    static final float BODY_LEADING = 14;
    static final float TABLE_SIZE = 9;
    static final float TABLE_LEADING = 11.5f;
    static final float CELL_PADDING = 4;

    private static final float HEADING_SIZE = 13;
    private static final float HEADING_LEADING = 17;
    private static final float BULLET_INDENT = 14;
    private static final float HEADER_GREY = 0.88f;
    private static final float RULE_GREY = 0.7f;

    private final PDDocument document;
    private final FontSafeText regular;
    private final FontSafeText bold;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, FontSafeText regular, FontSafeText bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    static float contentWidth() {
        return PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    /** Closes the current page's content stream, if any. */
    void finish() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    void space(float height) {
        y -= height;
    }

    /** Lines of text in the given font and size, wrapped to the content width. */
    void paragraph(String text, boolean isBold, float size, float leading) throws IOException {
        FontSafeText font = isBold ? bold : regular;
        for (String line : font.wrap(font.sanitise(text), size, contentWidth())) {
            ensure(leading);
            show(font, size, line, MARGIN_LEFT, y, leading);
            y -= leading;
        }
    }

    void paragraph(String text) throws IOException {
        paragraph(text, false, BODY_SIZE, BODY_LEADING);
    }

    /** A section title, moved to the next page rather than left alone at the bottom of one. */
    void heading(String text) throws IOException {
        space(10);
        ensure(HEADING_LEADING + 4 + 2 * BODY_LEADING);
        paragraph(text, true, HEADING_SIZE, HEADING_LEADING);
        space(4);
    }

    /** One item of a bulleted list, continuation lines indented under its text. */
    void bullet(String text) throws IOException {
        float textWidth = contentWidth() - BULLET_INDENT;
        List<String> lines = regular.wrap(regular.sanitise(text), BODY_SIZE, textWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensure(BODY_LEADING);
            if (i == 0) {
                show(regular, BODY_SIZE, "•", MARGIN_LEFT + 3, y, BODY_LEADING);
            }
            show(regular, BODY_SIZE, lines.get(i), MARGIN_LEFT + BULLET_INDENT, y, BODY_LEADING);
            y -= BODY_LEADING;
        }
    }

    /**
     * A table across the content width; {@code widths} are relative. The header row is repeated at
     * the top of every page the table runs onto, and a row is never split across pages.
     */
    void table(List<String> headers, float[] widths, List<List<String>> rows) throws IOException {
        float[] columns = absolute(widths);
        List<List<String>> header = cells(bold, headers, columns);
        float headerHeight = rowHeight(header);
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> row = cells(regular, rows.get(r), columns);
            float height = rowHeight(row);
            if (r == 0) {
                ensure(headerHeight + height);
                drawRow(bold, header, columns, headerHeight, true);
            } else if (y - height < MARGIN_BOTTOM) {
                newPage();
                drawRow(bold, header, columns, headerHeight, true);
            }
            drawRow(regular, row, columns, height, false);
        }
    }

    private void ensure(float height) throws IOException {
        if (stream == null || y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    private static float[] absolute(float[] relative) {
        float total = 0;
        for (float width : relative) {
            total += width;
        }
        float[] absolute = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            absolute[i] = contentWidth() * relative[i] / total;
        }
        return absolute;
    }

    private static List<List<String>> cells(FontSafeText font, List<String> texts, float[] columns) {
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(font.wrap(font.sanitise(texts.get(i)), TABLE_SIZE, columns[i] - 2 * CELL_PADDING));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * TABLE_LEADING + 2 * CELL_PADDING;
    }

    private void drawRow(FontSafeText font, List<List<String>> cells, float[] columns, float height, boolean header)
            throws IOException {
        float bottom = y - height;
        if (header) {
            stream.setNonStrokingColor(HEADER_GREY);
            stream.addRect(MARGIN_LEFT, bottom, contentWidth(), height);
            stream.fill();
            stream.setNonStrokingColor(0f);
        }
        float x = MARGIN_LEFT;
        for (int c = 0; c < cells.size(); c++) {
            float lineTop = y - CELL_PADDING;
            for (String line : cells.get(c)) {
                show(font, TABLE_SIZE, line, x + CELL_PADDING, lineTop, TABLE_LEADING);
                lineTop -= TABLE_LEADING;
            }
            x += columns[c];
        }
        stream.setStrokingColor(RULE_GREY);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN_LEFT, bottom);
        stream.lineTo(MARGIN_LEFT + contentWidth(), bottom);
        stream.stroke();
        y = bottom;
    }

    /** Shows one line of sanitised text whose line box has its top at {@code top}. */
    private void show(FontSafeText font, float size, String safeLine, float x, float top, float leading)
            throws IOException {
        if (safeLine.isEmpty()) {
            return;
        }
        float baseline = top - (leading - size) / 2 - size * 0.8f;
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(safeLine);
        stream.endText();
    }
}
