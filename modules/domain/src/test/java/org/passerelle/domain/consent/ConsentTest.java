package org.passerelle.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.secrecy.FieldCategory;

class ConsentTest {

    private static final Instant GIVEN = Instant.parse("2026-03-01T09:00:00Z");

    private static Consent consent(LocalDate expiresOn) {
        return new Consent(
                "ccas-saumur",
                UUID.randomUUID(),
                new Consent.Terms(
                        "cpam-49",
                        "acces-aux-soins",
                        Set.of(FieldCategory.HEALTH, FieldCategory.IDENTITY),
                        GIVEN,
                        "agent.saumur",
                        ConsentMeans.WRITTEN,
                        "GED-1",
                        expiresOn),
                "agent.saumur",
                GIVEN);
    }

    @Test
    void holdsUntilTheEndOfItsLastDayInParis() {
        Consent consent = consent(LocalDate.parse("2026-06-30"));

        assertThat(consent.status(Instant.parse("2026-06-30T21:59:59Z"))).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.status(Instant.parse("2026-06-30T22:00:00Z"))).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void coversOnlyItsRecipientPurposeAndCategoriesWhileActive() {
        Consent consent = consent(null);
        Instant later = GIVEN.plusSeconds(3600);

        assertThat(consent.covers("cpam-49", "acces-aux-soins", Set.of(FieldCategory.HEALTH), later))
                .isTrue();
        assertThat(consent.covers("caf-49", "acces-aux-soins", Set.of(FieldCategory.HEALTH), later))
                .isFalse();
        assertThat(consent.covers("cpam-49", "insertion-rsa", Set.of(FieldCategory.HEALTH), later))
                .isFalse();
        assertThat(consent.covers("cpam-49", "acces-aux-soins", Set.of(FieldCategory.RESOURCES), later))
                .isFalse();
        assertThat(consent.covers("cpam-49", "acces-aux-soins", Set.of(FieldCategory.HEALTH), GIVEN.minusSeconds(1)))
                .as("not before it was given")
                .isFalse();
    }

    @Test
    void aWithdrawalTakesEffectAtOnceAndHappensOnce() {
        Consent consent = consent(null);
        Instant at = GIVEN.plusSeconds(86_400);

        consent.withdraw(WithdrawalReason.USAGER_WITHDREW, "agent.saumur", at);

        assertThat(consent.status(at)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(consent.status(at.minusSeconds(1))).as("it held before").isEqualTo(ConsentStatus.ACTIVE);
        assertThat(consent.covers("cpam-49", "acces-aux-soins", Set.of(FieldCategory.HEALTH), at))
                .isFalse();
        assertThatThrownBy(() -> consent.withdraw(WithdrawalReason.RECORDED_IN_ERROR, "agent.saumur", at))
                .isInstanceOf(ConsentWithdrawnException.class);
        assertThat(consent.withdrawalReason()).isEqualTo(WithdrawalReason.USAGER_WITHDREW);
    }

    @Test
    void healthNeverGoesToTheCafAndNothingGoesToACcas() {
        for (FieldCategory category : FieldCategory.values()) {
            assertThat(OrganisationKind.CAF.mayEverReceive(category)).isEqualTo(category != FieldCategory.HEALTH);
            assertThat(OrganisationKind.CPAM.mayEverReceive(category)).isTrue();
            assertThat(OrganisationKind.DEPARTEMENT.mayEverReceive(category)).isTrue();
            assertThat(OrganisationKind.CCAS.mayEverReceive(category)).isFalse();
        }
    }

    @Test
    void categoriesAreStoredInCatalogueOrderAndReadBack() {
        CategoriesConverter converter = new CategoriesConverter();

        String column = converter.convertToDatabaseColumn(Set.of(FieldCategory.RSA, FieldCategory.IDENTITY));

        assertThat(column).isEqualTo("IDENTITY,RSA");
        assertThat(converter.convertToEntityAttribute(column))
                .containsExactly(FieldCategory.IDENTITY, FieldCategory.RSA);
    }
}
