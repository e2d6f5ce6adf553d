package org.passerelle.application.journal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines, with cells that a spreadsheet would run as formulas defused. */
final class Csv {

    private Csv() {}

    static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> c
                ? c.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
