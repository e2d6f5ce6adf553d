package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    /*
     * Control keys worked out by hand, key = 97 - (n mod 97):
     *   Wikipedia FR's example 2 55 08 14 168 025 38:
     *     n = 2550814168025 = 97 x 26297053278 + 59  ->  key 97 - 59 = 38
     *   Corsica 2A, 1 85 05 2A 004 123, 2A read as 19:
     *     n = 1850519004123 = 97 x 19077515506 + 41  ->  key 97 - 41 = 56
     *   Corsica 2B, 1 85 05 2B 004 123, 2B read as 18:
     *     n = 1850518004123 = 97 x 19077505197 + 14  ->  key 97 - 14 = 83
     */
    private static final String WIKIPEDIA = "2 55 08 14 168 025 38";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2 55 08 14 168 025 38",
                "255081416802538",
                "2.55.08.14.168.025.38",
                "2-55-08-14-168-025-38",
                " 2 55 08 14 168\u00A0025 38 "
            })
    void acceptsTheUsualSeparators(String text) {
        assertThat(Nir.parse(text).value()).isEqualTo("255081416802538");
    }

    @Test
    void acceptsCorsicanDepartments() {
        assertThat(Nir.parse("1 85 05 2A 004 123 56").value()).isEqualTo("185052A00412356");
        assertThat(Nir.parse("1 85 05 2a 004 123 56").value()).isEqualTo("185052A00412356");
        assertThat(Nir.parse("1 85 05 2B 004 123 83").value()).isEqualTo("185052B00412383");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 55 08 14 168 025 39", "1 85 05 2A 004 123 83", "1 85 05 2B 004 123 56"})
    void refusesAWrongControlKeyWithoutEchoingTheNumber(String text) {
        assertThatThrownBy(() -> Nir.parse(text))
                .isInstanceOf(InvalidNirException.class)
                .hasMessage("NIR control key does not match")
                .message()
                .doesNotContain("168")
                .doesNotContain("004");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2 55 08 14 168 025 3",
                "2 55 08 14 168 025 381",
                "2 55 08 2C 168 025 38",
                "2 55 A8 14 168 025 38",
                "2 55 08 14 168 025 3A"
            })
    void refusesAWrongFormatWithoutEchoingIt(String text) {
        assertThatThrownBy(() -> Nir.parse(text))
                .isInstanceOf(InvalidNirException.class)
                .message()
                .startsWith("NIR must be 15 characters")
                .doesNotContain("168");
    }

    @Test
    void showsOnlyTheLastFourCharacters() {
        Nir nir = Nir.parse(WIKIPEDIA);

        assertThat(nir.masked()).isEqualTo("•••••••••••25 38");
        assertThat(nir).hasToString("•••••••••••25 38");
        assertThat(String.valueOf(nir)).doesNotContain("2550814");
    }

    @Test
    void equalityIgnoresHowItWasWritten() {
        assertThat(Nir.parse(WIKIPEDIA))
                .isEqualTo(Nir.parse("255081416802538"))
                .hasSameHashCodeAs(Nir.parse("255081416802538"));
    }
}
