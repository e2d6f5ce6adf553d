package org.passerelle.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTextTest {

    private static final String PATH = "/api/v1/conventions";

    @Test
    void ordinaryParametersPass() {
        assertThat(RequestText.flaw(PATH, null)).isEmpty();
        assertThat(RequestText.flaw(PATH, "")).isEmpty();
        assertThat(RequestText.flaw(PATH, "partner=caf-49&from=2026-01-01T00%3A00%3A00Z&page=2"))
                .isEmpty();
        assertThat(RequestText.flaw("/api/v1/persons/0f8e5a44-3b1c-4d7e-9a51-0d1f2c3b4a59", "revealNir=true"))
                .isEmpty();
        assertThat(RequestText.flaw(PATH, "q=R%C3%A9sum%C3%A9+%C3%A0+Vitr%C3%A9&flag&empty="))
                .isEmpty();
        assertThat(RequestText.flaw(PATH, "emoji=%F0%9F%98%80")).isEmpty();
    }

    @Test
    void aControlCharacterInAValueNamesTheParameterNotTheValue() {
        assertThat(RequestText.flaw(PATH, "page=1&partner=caf-49%00"))
                .contains(Map.entry("partner", "holds a control character"));
        for (String control : new String[] {"%00", "%01", "%09", "%0A", "%0d", "%1B", "%7F", "%C2%85"}) {
            assertThat(RequestText.flaw(PATH, "username=agent" + control))
                    .as(control)
                    .contains(Map.entry("username", "holds a control character"));
        }
    }

    @Test
    void aFlawedNameOrPathIsNamedGenerically() {
        assertThat(RequestText.flaw(PATH, "part%00ner=caf-49"))
                .map(Map.Entry::getKey)
                .contains(RequestText.QUERY);
        assertThat(RequestText.flaw("/api/v1/persons/%00", null))
                .map(Map.Entry::getKey)
                .contains(RequestText.PATH);
        assertThat(RequestText.flaw("/api/v1/referrals/%0A/send", "page=1"))
                .map(Map.Entry::getKey)
                .contains(RequestText.PATH);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedSurrogatesIncluded() {
        for (String bad : new String[] {"%C3", "%ED%A0%80", "%ED%B0%80", "%FF", "%C0%AF", "%E2%82", "%F4%90%80%80"}) {
            assertThat(RequestText.flaw(PATH, "partner=" + bad))
                    .as(bad)
                    .contains(Map.entry("partner", "is not percent-encoded UTF-8"));
        }
        assertThat(RequestText.flaw(PATH, "partner=caf%2")).isPresent();
        assertThat(RequestText.flaw(PATH, "partner=caf%zz")).isPresent();
        assertThat(RequestText.flaw("/api/v1/persons/%ED%A0%80", null))
                .map(Map.Entry::getKey)
                .contains(RequestText.PATH);
    }

    @Test
    void unescapedCharactersAreJudgedAsTheyAre() {
        assertThat(RequestText.flaw(PATH, "partner=caf\u0000")).isPresent();
        assertThat(RequestText.flaw(PATH, "partner=caf\uD800"))
                .contains(Map.entry("partner", "holds an unpaired UTF-16 surrogate (not a character)"));
        assertThat(RequestText.flaw(PATH, "partner=Vitré")).isEmpty();
    }

    @Test
    void decodingIsStrictAndFormAware() {
        assertThat(RequestText.decode("a+b%20c%2Bd", true)).isEqualTo("a b c+d");
        assertThat(RequestText.decode("a+b", false)).isEqualTo("a+b");
        assertThat(RequestText.decode("%C3%A9t%C3%A9", false)).isEqualTo("été");
        assertThatThrownBy(() -> RequestText.decode("%", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestText.decode("%E9t%E9", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
