package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.report.AccessReport.Access;

/** S14: staff names are omitted by default, and shown only when the DPO asked for them. */
class StaffNamesTest {

    private static final List<Access> ACCESSES = List.of(
            new Access(
                    Reports.WINTER, Access.CONSULTATION, "CCAS de Saumur", null, List.of("IDENTITY"), "Sophie LEGRAND"),
            new Access(
                    Reports.SUMMER,
                    Access.DISCLOSURE,
                    "CPAM de Maine-et-Loire",
                    "acces-aux-soins",
                    List.of("HEALTH"),
                    "Karim BENALI"));

    @Test
    void aStaffNameGivenIsNotPrintedWhenNamesAreNotIncluded() {
        Rendered rendered = Rendered.of(Reports.withAccesses(ACCESSES, false));

        assertThat(rendered.text())
                .doesNotContain("LEGRAND", "Sophie", "BENALI", "Karim", "Agent ")
                .contains("Les noms des agents ne figurent pas sur ce relevé.")
                .contains("12/03/2026 14:05 Consultation CCAS de Saumur — Identité");
    }

    @Test
    void staffNamesAreInTheirOwnColumnWhenIncluded() {
        Rendered rendered = Rendered.of(Reports.withAccesses(ACCESSES, true));

        assertThat(rendered.text())
                .containsSubsequence("Date", "Nature", "Organisme", "Finalité", "Données", "Agent")
                .contains("12/03/2026 14:05 Consultation CCAS de Saumur — Identité Sophie LEGRAND")
                .contains("Karim BENALI")
                .doesNotContain("Les noms des agents ne figurent pas");
    }

    @Test
    void theReportItselfDropsStaffNamesWhenNotIncluded() {
        AccessReport report = Reports.withAccesses(ACCESSES, false);

        assertThat(report.accesses()).extracting(Access::staffName).containsOnlyNulls();
        assertThat(report.accesses())
                .extracting(Access::organisationName)
                .containsExactly("CCAS de Saumur", "CPAM de Maine-et-Loire");
    }

    @Test
    void theReportKeepsStaffNamesWhenIncluded() {
        AccessReport report = Reports.withAccesses(ACCESSES, true);

        assertThat(report.accesses()).extracting(Access::staffName).containsExactly("Sophie LEGRAND", "Karim BENALI");
    }
}
