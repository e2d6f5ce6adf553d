package org.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.testing.people.Ccas;
import org.passerelle.testing.people.Usager;

class SeedingReportTest {

    @Test
    void theSummaryStartsWithTheUsagersPerCcasThenAColon() {
        SeedingReport report = new SeedingReport();
        report.created(Ccas.SAUMUR);
        report.alreadyThere(Ccas.SAUMUR);
        report.created(Ccas.VITRE);
        report.note(Usager.NoteType.INTERNE);
        report.consent(true);

        assertThat(report.summary())
                .startsWith(
                        "2 usagers at ccas-saumur (agent.saumur), 1 usagers at ccas-vitre (agent.vitre): seeded 2 usagers (1 were already there)")
                .contains("1 notes (1 interne, 0 partageable)", "1 consents (1 withdrawn)");
        assertThat(report.alreadySeeded()).isFalse();
    }

    @Test
    void aRerunSaysItCreatedNothing() {
        SeedingReport report = new SeedingReport();
        report.alreadyThere(Ccas.SAUMUR);
        report.alreadyThere(Ccas.VITRE);

        assertThat(report.alreadySeeded()).isTrue();
        assertThat(report.summary()).endsWith(": already seeded, nothing created.");
    }
}
