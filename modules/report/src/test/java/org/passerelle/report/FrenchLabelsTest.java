package org.passerelle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.secrecy.FieldCategory;

class FrenchLabelsTest {

    @Test
    void everyFieldCategoryHasAFrenchLabel() {
        assertThat(FrenchLabels.CATEGORIES.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(FieldCategory.values()).map(Enum::name).toList());
    }

    @Test
    void labelsTheCategoriesAsTheUsagerReadsThem() {
        assertThat(FrenchLabels.categories(List.of("NIR", "FAMILY", "HOUSING", "NOTES", "RSA")))
                .isEqualTo("Numéro de sécurité sociale, Situation familiale, Logement, Notes sociales, RSA");
        assertThat(FrenchLabels.categories(List.of())).isEqualTo("—");
    }

    @Test
    void writesDatesInParisTimeAcrossDaylightSaving() {
        assertThat(FrenchLabels.dateTime(Instant.parse("2026-03-28T23:30:00Z"))).isEqualTo("29/03/2026 00:30");
        assertThat(FrenchLabels.dateTime(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("29/03/2026 03:30");
        assertThat(FrenchLabels.date(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("01/01/2027");
    }
}
