package org.passerelle.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.bench.report.Figure.Target;

class BenchmarksDocTest {

    @Test
    void writesTheTableMachineChartsAndNotesAndKeepsTheWrittenAnalysis(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("run");
        Report report = new Report(output);
        report.machine("date", "2026-11-23T13:00:00Z");
        report.machine("cores", "2");
        report.machine("runtime", "25 min 00 s");
        report.figure(Figure.against("P1 | read", Quantity.of(700, "reads/s"), Quantity.of(1_000, "reads/s"))
                .withTarget(Target.ratioAtLeast(0.80)));
        report.note("how it was measured");
        Files.writeString(report.chart("P1 throughput", "p1.png"), "png");
        Files.writeString(report.dataFile("p1.csv"), "csv");
        Path page = folder.resolve("docs/benchmarks.md");
        Files.createDirectories(page.getParent());
        Files.writeString(
                page,
                "old page\n" + BenchmarksDoc.ANALYSIS_START + "\nThe journal bounds P1.\n" + BenchmarksDoc.ANALYSIS_END
                        + "\n");

        BenchmarksDoc.write(page, report, "./passerelle bench");

        String written = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(written)
                .startsWith("# Benchmarks\n")
                .contains("Latest run: 2026-11-23T13:00:00Z, `./passerelle bench`, 25 min 00 s on 2 cores")
                .contains("| P1 \\| read | 700 reads/s | 1,000 reads/s |  0.70 | ratio ≥ 0.80 | **NO** |\n")
                .contains("![P1 throughput](benchmarks/p1.png)")
                .contains("[p1.csv](benchmarks/p1.csv)")
                .contains("- how it was measured")
                .contains(BenchmarksDoc.ANALYSIS_START + "\nThe journal bounds P1.\n" + BenchmarksDoc.ANALYSIS_END)
                .doesNotContain("old page");
        assertThat(folder.resolve("docs/benchmarks/p1.png")).hasContent("png");
        assertThat(folder.resolve("docs/benchmarks/p1.csv")).hasContent("csv");
    }

    @Test
    void aFirstPageStartsAnEmptyAnalysis() {
        assertThat(BenchmarksDoc.analysis("no markers")).isNull();
        assertThat(BenchmarksDoc.render(new Report(), "./passerelle bench", null))
                .contains(BenchmarksDoc.ANALYSIS_START + "\n_Not written yet");
    }
}
