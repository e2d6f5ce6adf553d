package org.passerelle.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.domain.failure.InvalidInputException;

class ReasonCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"HORS_COMPETENCE", "DEJA_SUIVI", "A", "R2D2"})
    void aCodeIsUpperCaseLettersDigitsAndUnderscores(String code) {
        assertThat(ReasonCode.of("reason", code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "hors_competence", "_X", "2X", "HORS COMPETENCE", "HORS-COMPETENCE", "ÉTAT"})
    void anythingElseIsRefusedNamingTheInput(String code) {
        assertThatThrownBy(() -> ReasonCode.of("reason", code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("reason: is not a code");
    }

    @Test
    void fortyCharactersAtMost() {
        assertThat(ReasonCode.isValid("A".repeat(40))).isTrue();
        assertThat(ReasonCode.isValid("A".repeat(41))).isFalse();
    }

    @Test
    void theStandardRejectionReasonsHaveTheGrammar() {
        assertThat(RejectionReason.STANDARD).allSatisfy(r -> assertThat(ReasonCode.isValid(r.code())).isTrue());
        assertThatThrownBy(() -> new RejectionReason("lower", "Libellé")).isInstanceOf(InvalidInputException.class);
    }
}
