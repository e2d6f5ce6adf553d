package org.passerelle.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one run prints: the table of figures, the machine it ran on, and notes on how; and the files
 * it wrote into its output folder (curve data as CSV, charts as PNG), which {@link BenchmarksDoc}
 * publishes.
 */
public final class Report {

    /** A chart of the run: its caption and its file in the output folder. */
    record Chart(String caption, String file) {}

    /** What {@link BenchmarksDoc} publishes, in the order given. */
    final List<Figure> figures = new ArrayList<>();

    final Map<String, String> machine = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final List<Chart> charts = new ArrayList<>();
    final List<String> dataFiles = new ArrayList<>();
    private final Path outputDir;

    /** A report whose files go nowhere: for runs that write none, and tests. */
    public Report() {
        this(null);
    }

    public Report(Path outputDir) {
        this.outputDir = outputDir;
    }

    public void figure(Figure figure) {
        figures.add(figure);
    }

    public void machine(String fact, String value) {
        machine.put(fact, value);
    }

    public void note(String note) {
        notes.add(note);
    }

    /** A note formatted with {@link Locale#ROOT}. */
    public void note(String format, Object... arguments) {
        notes.add(String.format(Locale.ROOT, format, arguments));
    }

    /** Curve data as CSV ({@code name} in the output folder, registered): the header, then the rows. */
    public void csv(String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        Files.write(dataFile(name), lines, StandardCharsets.UTF_8);
    }

    /** Text formatted with {@link Locale#ROOT}: a CSV row, a figure's name, a part of a note. */
    public static String format(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }

    /** A file of curve data ({@code name} in the output folder), registered for publication. */
    public Path dataFile(String name) {
        dataFiles.add(name);
        return file(name);
    }

    /** A chart's file ({@code name}, PNG, in the output folder), registered with its caption. */
    public Path chart(String caption, String name) {
        charts.add(new Chart(caption, name));
        return file(name);
    }

    private Path file(String name) {
        if (outputDir == null) {
            throw new IllegalStateException("this report has no output folder");
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outputDir.resolve(name);
    }

    /** A progress line on standard error, e.g. {@code read: 8 users ...}. */
    public static void progress(String measurement, String format, Object... arguments) {
        System.err.printf(Locale.ROOT, measurement + ": " + format + "%n", arguments);
    }

    public Path outputDir() {
        return outputDir;
    }

    public String render() {
        StringBuilder text = new StringBuilder(BenchmarksDoc.markdownTable(figures));
        text.append("\nMachine\n");
        int width = machine.keySet().stream().mapToInt(String::length).max().orElse(0);
        machine.forEach((fact, value) -> text.append(String.format("  %-" + width + "s  %s%n", fact, value)));
        if (!notes.isEmpty()) {
            text.append("\nNotes\n");
            notes.forEach(note -> text.append("  - ").append(note).append('\n'));
        }
        if (!charts.isEmpty() || !dataFiles.isEmpty()) {
            text.append("\nFiles (in ").append(outputDir).append(")\n");
            charts.forEach(chart -> text.append("  - ")
                    .append(chart.file())
                    .append(": ")
                    .append(chart.caption())
                    .append('\n'));
            dataFiles.forEach(file -> text.append("  - ").append(file).append('\n'));
        }
        return text.toString();
    }
}
