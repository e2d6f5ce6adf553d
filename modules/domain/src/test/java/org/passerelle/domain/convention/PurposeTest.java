package org.passerelle.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.domain.failure.InvalidInputException;

class PurposeTest {

    @ParameterizedTest
    @ValueSource(strings = {"acces-aux-soins", "rsa", "0-logement", "a"})
    void aPurposeIsLowerCaseLettersDigitsAndDashes(String code) {
        assertThat(Purpose.of("purpose", code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Acces", "-soins", "acces aux soins", "accès", "acces_soins"})
    void anythingElseIsRefusedNamingTheInputNotTheValue(String code) {
        assertThatThrownBy(() -> Purpose.of("purpose", code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("purpose: is not a purpose code")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("purpose"));
    }

    @Test
    void sixtyFourCharactersAtMost() {
        assertThat(Purpose.isValid("a".repeat(64))).isTrue();
        assertThat(Purpose.isValid("a".repeat(65))).isFalse();
    }

    @Test
    void aStoredValueOfAnotherShapeCannotBecomeAPurpose() {
        assertThatThrownBy(() -> new Purpose("Not One")).isInstanceOf(IllegalArgumentException.class);
    }
}
