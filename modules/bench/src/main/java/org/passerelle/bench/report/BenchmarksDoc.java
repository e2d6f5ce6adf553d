package org.passerelle.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes {@code docs/benchmarks.md} from a run: the table, the machine and date, the charts and the
 * curve data (copied into {@code docs/benchmarks/}), the notes. The section between
 * {@value #ANALYSIS_START} and {@value #ANALYSIS_END} is written by people (what bounds a target
 * that is missed, what was profiled): it is kept from the existing file, or started empty.
 */
public final class BenchmarksDoc {

    static final String ANALYSIS_START = "<!-- analysis:start (kept by ./passerelle bench) -->";
    static final String ANALYSIS_END = "<!-- analysis:end -->";
    static final String ASSETS = "benchmarks";

    private BenchmarksDoc() {}

    /** Writes the page at {@code file}, its charts and data into {@code benchmarks/} beside it. */
    public static void write(Path file, Report report, String command) throws IOException {
        Path assets = file.resolveSibling(ASSETS);
        Files.createDirectories(assets);
        for (Report.Chart chart : report.charts) {
            Files.copy(
                    report.outputDir().resolve(chart.file()),
                    assets.resolve(chart.file()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        for (String data : report.dataFiles) {
            Files.copy(report.outputDir().resolve(data), assets.resolve(data), StandardCopyOption.REPLACE_EXISTING);
        }
        String analysis = Files.exists(file) ? analysis(Files.readString(file, StandardCharsets.UTF_8)) : null;
        Files.writeString(file, render(report, command, analysis), StandardCharsets.UTF_8);
    }

    /** The hand-written analysis of an existing page, or {@code null}. */
    static String analysis(String page) {
        int start = page.indexOf(ANALYSIS_START);
        int end = page.indexOf(ANALYSIS_END);
        if (start < 0 || end < start) {
            return null;
        }
        return page.substring(start + ANALYSIS_START.length(), end).strip();
    }

    static String render(Report report, String command, String analysis) {
        Map<String, String> machine = report.machine;
        StringBuilder page = new StringBuilder();
        page.append("""
                # Benchmarks

                <!-- Written by ./passerelle bench (modules/bench, BenchmarksDoc) from its latest full run. \
                Edit only the Analysis section, which the next run keeps. -->

                What secrecy costs, measured on the real stack against a baseline in the same run (issue #8). \
                Ratios are value / baseline; absolute numbers only compare within one run, since these \
                machines are shared. How each figure is measured: [modules/bench/README.md]\
                (../modules/bench/README.md).

                Latest run: %s, `%s`, %s on %s cores (%s).

                """.formatted(
                        machine.getOrDefault("date", "?"),
                        command,
                        machine.getOrDefault("runtime", "?"),
                        machine.getOrDefault("cores", "?"),
                        machine.getOrDefault("CPU", "?")));
        page.append("## Results\n\n").append(markdownTable(report.figures)).append('\n');
        if (!report.charts.isEmpty()) {
            page.append("## Charts\n\n");
            for (Report.Chart chart : report.charts) {
                page.append("**%1$s**\n\n![%1$s](%2$s/%3$s)\n\n".formatted(chart.caption(), ASSETS, chart.file()));
            }
            if (!report.dataFiles.isEmpty()) {
                page.append("Curve data: ");
                List<String> links = report.dataFiles.stream()
                        .map(f -> "[" + f + "](" + ASSETS + "/" + f + ")")
                        .toList();
                page.append(String.join(", ", links)).append(".\n\n");
            }
        }
        page.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((fact, value) ->
                page.append("| ").append(fact).append(" | ").append(cell(value)).append(" |\n"));
        page.append('\n');
        if (!report.notes.isEmpty()) {
            page.append("## How this run measured\n\n");
            report.notes.forEach(note -> page.append("- ").append(note).append('\n'));
            page.append('\n');
        }
        String written = analysis == null || analysis.isEmpty()
                ? "_Not written yet: for each target missed, what bounds it (profiled with JFR or async-profiler), "
                        + "what was fixed, what is left._"
                : analysis;
        page.append("## Analysis\n\n%s\n%s\n%s\n".formatted(ANALYSIS_START, written, ANALYSIS_END));
        return page.toString();
    }

    /**
     * The figures as a Markdown table, its columns padded to their widest cell (the first aligned
     * left, the others right) so that it reads as well in a terminal: the report prints it too.
     */
    static String markdownTable(List<Figure> figures) {
        List<List<String>> rows = new ArrayList<>(List.of(Figure.COLUMNS));
        for (Figure figure : figures) {
            List<String> cells = new ArrayList<>(
                    figure.cells().stream().map(BenchmarksDoc::cell).toList());
            cells.set(cells.size() - 1, cells.getLast().equals("NO") ? "**NO**" : cells.getLast());
            rows.add(cells);
        }
        int[] widths = new int[Figure.COLUMNS.size()];
        rows.forEach(row -> {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringJoiner line = new StringJoiner(" | ", "| ", " |\n");
            StringJoiner rule = new StringJoiner("|", "|", "|\n");
            for (int c = 0; c < widths.length; c++) {
                line.add(String.format(c == 0 ? "%-" + widths[c] + "s" : "%" + widths[c] + "s", row.get(c)));
                rule.add(c == 0 ? "-".repeat(widths[c] + 2) : "-".repeat(widths[c] + 1) + ":");
            }
            table.append(line).append(row == rows.getFirst() ? rule.toString() : "");
        }
        return table.toString();
    }

    /** A table cell: pipes escaped, "<=" and ">=" as symbols. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<=", "≤").replace(">=", "≥");
    }
}
