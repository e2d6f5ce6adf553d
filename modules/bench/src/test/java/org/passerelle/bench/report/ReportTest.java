package org.passerelle.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.bench.report.Figure.Target;

class ReportTest {

    @Test
    void figuresShowValueBaselineRatioTargetAndWhetherItIsMet() {
        Figure throughput = Figure.against("search", Quantity.of(900, "lookups/s"), Quantity.of(1_000, "lookups/s"));

        assertThat(throughput.withTarget(Target.ratioAtLeast(0.90)).cells())
                .containsExactly("search", "900 lookups/s", "1,000 lookups/s", "0.90", "ratio >= 0.90", "yes");
        assertThat(throughput.withTarget(Target.ratioAtLeast(0.95)).cells())
                .last()
                .isEqualTo("NO");
        assertThat(Figure.against("p95", Quantity.of(2.5, "ms"), Quantity.of(2, "ms"))
                        .withTarget(Target.valueAtMost(2, "ms"))
                        .cells())
                .containsExactly("p95", "2.50 ms", "2.00 ms", "1.25", "<= 2 ms", "NO");
        assertThat(Figure.of("hmac", new Quantity(1_234_567.8, 0.034, "ops/s")).cells())
                .containsExactly("hmac", "1,234,568 ops/s ±3%", "", "", "", "");
        assertThat(Quantity.of(0.0412, "ms").format()).isEqualTo("0.041 ms");
    }

    @Test
    void aTargetCanAskForAMinimumValueAndAMinimumRatio() {
        Target target = Target.valueAndRatioAtLeast(3_000, "/s", 0.80);
        Figure met = Figure.against("appends", Quantity.of(3_200, "appends/s"), Quantity.of(4_000, "inserts/s"));

        assertThat(met.withTarget(target).cells())
                .containsExactly(
                        "appends", "3,200 appends/s", "4,000 inserts/s", "0.80", ">= 3,000/s, ratio >= 0.80", "yes");
        assertThat(Figure.against("appends", Quantity.of(2_900, "appends/s"), Quantity.of(3_000, "inserts/s"))
                        .withTarget(target)
                        .cells())
                .last()
                .isEqualTo("NO");
        assertThat(Figure.against("appends", Quantity.of(3_100, "appends/s"), Quantity.of(4_000, "inserts/s"))
                        .withTarget(target)
                        .cells())
                .last()
                .isEqualTo("NO");
    }

    @Test
    void targetsCanBoundARatioFromAboveOrTheAddedAmount() {
        Figure writes = Figure.against("writes", Quantity.of(1.3, "ms"), Quantity.of(1.0, "ms"));
        Figure p99 = Figure.against("p99", Quantity.of(7.5, "ms"), Quantity.of(4.0, "ms"));

        assertThat(writes.withTarget(Target.ratioAtMost(1.30)).cells()).endsWith("ratio <= 1.30", "yes");
        assertThat(writes.withTarget(Target.ratioAtMost(1.20)).cells()).last().isEqualTo("NO");
        assertThat(p99.withTarget(Target.addedAtMost(3, "ms")).cells()).endsWith("+3 ms at most", "NO");
        assertThat(p99.withTarget(Target.addedAtMost(3.5, "ms")).cells()).endsWith("+3.5 ms at most", "yes");
    }

    @Test
    void filesGoToTheOutputFolderAndAreListed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        Report report = new Report(folder.resolve("run"));

        assertThat(report.chart("a chart", "a.png")).isEqualTo(folder.resolve("run/a.png"));
        assertThat(report.dataFile("a.csv")).isEqualTo(folder.resolve("run/a.csv"));
        assertThat(folder.resolve("run")).isDirectory();
        assertThat(report.charts).containsExactly(new Report.Chart("a chart", "a.png"));
        assertThat(report.dataFiles).containsExactly("a.csv");
        assertThat(report.render())
                .contains("Files (in " + folder.resolve("run") + ")\n  - a.png: a chart\n  - a.csv\n");
        assertThatThrownBy(() -> new Report().dataFile("x.csv")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tablesPadColumnsFirstLeftOthersRight() {
        String table = BenchmarksDoc.markdownTable(List.of(
                Figure.of("a long figure name", Quantity.of(1, "/s")),
                Figure.of("short | p99", Quantity.of(12_345, "/s")).withTarget(Target.valueAtMost(10, "/s"))));

        assertThat(table).isEqualTo("""
                | figure             |     value | baseline | ratio |  target |    met |
                |--------------------|----------:|---------:|------:|--------:|-------:|
                | a long figure name |   1.00 /s |          |       |         |        |
                | short \\| p99       | 12,345 /s |          |       | ≤ 10 /s | **NO** |
                """);
    }

    @Test
    void theReportPrintsTheTableThenTheMachineThenNotes() {
        Report report = new Report();
        report.figure(Figure.of("hmac", Quantity.of(10, "ops/s")));
        report.machine("cores", "2");
        report.machine("PostgreSQL", "15.20");
        report.note("a note");

        assertThat(report.render()).isEqualTo("""
                | figure |       value | baseline | ratio | target | met |
                |--------|------------:|---------:|------:|-------:|----:|
                | hmac   | 10.00 ops/s |          |       |        |     |

                Machine
                  cores       2
                  PostgreSQL  15.20

                Notes
                  - a note
                """);
    }
}
