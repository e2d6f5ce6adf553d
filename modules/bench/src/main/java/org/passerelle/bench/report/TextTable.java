package org.passerelle.bench.report;

import java.util.ArrayList;
import java.util.List;

/** Plain-text columns padded to their widest cell: the first aligned left, the others right. */
final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {}

    static String format(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            if (row.size() != widths.length) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + widths.length);
            }
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, header, widths);
        int lineWidth = GAP.length() * (widths.length - 1);
        for (int width : widths) {
            lineWidth += width;
        }
        text.append("-".repeat(lineWidth)).append('\n');
        rows.forEach(row -> appendLine(text, row, widths));
        return text.toString();
    }

    private static void appendLine(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String format = c == 0 ? "%-" + widths[c] + "s" : GAP + "%" + widths[c] + "s";
            line.append(String.format(format, cells.get(c)));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
