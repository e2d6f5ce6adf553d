package org.passerelle.application.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.application.input.SafeText.Flaw;

class SafeTextTest {

    @Test
    void ordinaryTextOfAnyScriptIsSafe() {
        for (String text : new String[] {
            "",
            "ccas-saumur",
            "Élodie Lefèvre-N'Diaye",
            "Ça va ? « oui » — 10 €",
            "Анна",
            "مرحبا",
            "日本語",
            "an emoji \uD83D\uDE00 is a pair",
            "\u00A0non-breaking"
        }) {
            assertThat(SafeText.flaw(text, false)).as(text).isNull();
        }
        assertThat(SafeText.flaw(null, false)).isNull();
    }

    @Test
    void lineBreaksAndTabsOnlyWhereFreeTextAllowsThem() {
        String note = "Première ligne\r\n\tseconde ligne\n";

        assertThat(SafeText.isSafe(note, true)).isTrue();
        assertThat(SafeText.flaw(note, false)).isEqualTo(Flaw.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void controlCharactersAreRefusedEvenInFreeText(int control) {
        String text = "ccas" + (char) control + "-saumur";

        assertThat(SafeText.flaw(text, true)).isEqualTo(Flaw.CONTROL_CHARACTER);
        assertThat(SafeText.flaw(text, false)).isEqualTo(Flaw.CONTROL_CHARACTER);
        assertThat(SafeText.flaw(String.valueOf((char) control), true)).isEqualTo(Flaw.CONTROL_CHARACTER);
    }

    @Test
    void unpairedSurrogatesAreRefusedWhereverTheyStand() {
        for (String text : new String[] {
            "\uD800", "a\uD800", "\uD800b", "\uDC00", "a\uDC00b", "\uDE00\uD83D", "\uD83D\uD83D\uDE00x\uD800"
        }) {
            assertThat(SafeText.flaw(text, true)).as(escaped(text)).isEqualTo(Flaw.UNPAIRED_SURROGATE);
        }
        assertThat(SafeText.flaw("\uD83D\uDE00\uD83D\uDE00", true)).isNull();
    }

    @Test
    void theReasonNamesTheRuleNotTheValue() {
        for (Flaw flaw : Flaw.values()) {
            assertThat(flaw.reason()).isNotBlank().doesNotContain("\u0000");
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
