package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.report.AccessReport.Access;

/**
 * The standard 14 fonts encode WinAnsi only: French is fine, anything else is printed as '?'
 * instead of failing the whole report.
 */
class UnencodableCharactersTest {

    @Test
    void aNameOutsideWinAnsiRendersWithQuestionMarks() {
        AccessReport report = reportNaming("Thị Hoa NGUYỄN, née le 02/05/1990", "Nguyễn Văn An");

        Rendered rendered = Rendered.of(report);

        assertThat(rendered.text())
                .contains("Personne concernée : Th? Hoa NGUY?N, née le 02/05/1990")
                .contains("Nguy?n V?n An");
    }

    @Test
    void otherScriptsEmojiAndControlCharactersDoNotBreakTheReport() {
        AccessReport report = reportNaming("Zoë O’Brien-Œuvray € «test»", "Анна ПЕТРОВА 😀\tnée\u0000 le 01/01/1970");

        assertThatNoException().isThrownBy(() -> AccessReportPdf.render(report));
        assertThat(Rendered.of(report).text())
                .contains("Personne concernée : Zoë O’Brien-Œuvray € «test»")
                .contains("???? ??????? ?")
                .doesNotContain("Анна", "😀");
    }

    @Test
    void decomposedAccentsAreComposedFirst() {
        AccessReport report = reportNaming("E\u0301lodie MARTIN", "Ce\u0301cile");

        assertThat(Rendered.of(report).text()).contains("Élodie MARTIN", "Cécile");
    }

    private static AccessReport reportNaming(String usager, String staff) {
        return Reports.withAccesses(
                List.of(new Access(
                        Reports.WINTER, Access.CONSULTATION, "CCAS de Saumur", null, List.of("IDENTITY"), staff)),
                true,
                usager);
    }
}
