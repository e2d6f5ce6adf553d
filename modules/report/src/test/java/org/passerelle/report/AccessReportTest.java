package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.report.AccessReport.Access;
import org.passerelle.report.AccessReport.Recipient;

/** The report is a plain, immutable value. */
class AccessReportTest {

    @Test
    void keepsItsOwnUnmodifiableCopies() {
        List<String> categories = new ArrayList<>(List.of("IDENTITY"));
        List<Access> accesses = new ArrayList<>(Reports.typical().accesses());
        AccessReport report = new AccessReport(
                "AR-1",
                Reports.PRODUCED,
                "dpo.saumur",
                "CCAS de Saumur",
                null,
                categories,
                List.of(),
                List.of(),
                accesses,
                false);

        categories.add("HEALTH");
        accesses.clear();

        assertThat(report.categoriesHeld()).containsExactly("IDENTITY");
        assertThat(report.accesses()).hasSize(2);
        assertThatThrownBy(() -> report.purposes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheMissingParameter() {
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessReport(
                        null, Reports.PRODUCED, "dpo", "CCAS", null, List.of(), List.of(), List.of(), List.of(), false))
                .withMessage("reportId");
        assertThatNullPointerException()
                .isThrownBy(() -> new AccessReport(
                        "AR-1", Reports.PRODUCED, "dpo", "CCAS", null, List.of(), List.of(), List.of(), null, false))
                .withMessage("accesses");
        assertThatNullPointerException()
                .isThrownBy(() -> new Recipient("caf-49", "CAF", "acces-aux-droits", List.of(), null, null))
                .withMessage("since");
        assertThatNullPointerException()
                .isThrownBy(() -> new Access(Reports.WINTER, null, "CCAS", null, List.of(), null))
                .withMessage("kind");
    }

    @Test
    void optionalPartsMayBeNull() {
        Access access = new Access(Reports.WINTER, Access.CONSULTATION, "CCAS de Saumur", null, List.of(), null);
        Recipient recipient = new Recipient("caf-49", "CAF", "acces-aux-droits", List.of(), Reports.WINTER, null);

        AccessReport report = new AccessReport(
                "AR-1",
                Reports.PRODUCED,
                "dpo",
                "CCAS",
                null,
                List.of(),
                List.of(),
                List.of(recipient),
                List.of(access),
                true);

        assertThat(report.usagerDisplayName()).isNull();
        assertThat(report.accesses()).containsExactly(access);
    }
}
