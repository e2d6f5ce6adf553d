package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.report.AccessReport.Access;

/** A long journal runs over several pages and loses no line. */
class LongReportTest {

    private static final DateTimeFormatter PARIS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private static final List<Access> ACCESSES = IntStream.range(0, 500)
            .mapToObj(i -> new Access(
                    Reports.WINTER.plus(Duration.ofMinutes(437L * i)),
                    i % 3 == 0 ? Access.DISCLOSURE : Access.CONSULTATION,
                    i % 2 == 0 ? "CPAM de Maine-et-Loire" : "CCAS de Saumur",
                    "acces-aux-soins",
                    List.of("IDENTITY", "HEALTH"),
                    "Agent " + i))
            .toList();

    @Test
    void fiveHundredAccessesRunOverSeveralPagesAndEveryDateAppears() {
        byte[] pdf = AccessReportPdf.render(Reports.withAccesses(ACCESSES, false));
        Rendered rendered = Rendered.read(pdf);

        assertThat(rendered.pages()).isGreaterThan(5);
        assertThat(ACCESSES).allSatisfy(access -> assertThat(rendered.text()).contains(PARIS.format(access.at())));
        assertThat(rendered.text())
                .contains("page 1 sur " + rendered.pages(), "page " + rendered.pages() + " sur " + rendered.pages());
    }

    @Test
    void theTableHeaderIsRepeatedOnEveryPageItRunsOnto() {
        byte[] pdf = AccessReportPdf.render(Reports.withAccesses(ACCESSES, true));
        int pages = Rendered.read(pdf).pages();

        for (int page = 2; page < pages; page++) {
            assertThat(Rendered.page(pdf, page))
                    .as("page %d", page)
                    .contains("Date Nature Organisme Finalité Données Agent")
                    .contains("page " + page + " sur " + pages);
        }
    }
}
