package org.passerelle.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one run prints: the table of figures, the machine it ran on, and notes on how. */
final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void figure(Figure figure) {
        figures.add(figure);
    }

    void machine(String fact, String value) {
        machine.put(fact, value);
    }

    void note(String note) {
        notes.add(note);
    }

    String render() {
        StringBuilder text = new StringBuilder()
                .append(TextTable.format(Figure.COLUMNS, figures.stream().map(Figure::cells).toList()));
        text.append("\nMachine\n");
        int width = machine.keySet().stream().mapToInt(String::length).max().orElse(0);
        machine.forEach((fact, value) -> text.append(String.format("  %-" + width + "s  %s%n", fact, value)));
        if (!notes.isEmpty()) {
            text.append("\nNotes\n");
            notes.forEach(note -> text.append("  - ").append(note).append('\n'));
        }
        return text.toString();
    }
}
