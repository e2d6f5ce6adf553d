package org.passerelle.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.application.input.SafeText;

/** The API's JSON reading, as RESTEasy gets it from {@link JsonConfig}. */
class JsonConfigTest {

    record Request(String partner, List<String> fields, Map<String, String> labels, Nested nested) {}

    record Nested(String message) {}

    private final ObjectMapper json = new JsonConfig().getContext(Request.class);

    @Test
    void freeTextKeepsItsLineBreaksTabsAndEveryScript() throws Exception {
        Request read = json.readValue(
                "{\"partner\": \"caf-49\", \"nested\": {\"message\":"
                        + " \"Ligne 1\\r\\n\\tLigne 2 — Вітре \\ud83d\\ude00\"}}",
                Request.class);

        assertThat(read.nested().message()).isEqualTo("Ligne 1\r\n\tLigne 2 — Вітре \uD83D\uDE00");
    }

    @Test
    void aControlCharacterAnywhereFailsTheBodyNamingTheField() {
        assertUnsafe("{\"partner\": \"caf-49\\u0000\"}", "partner", SafeText.Flaw.CONTROL_CHARACTER);
        assertUnsafe(
                "{\"fields\": [\"person.lastName\", \"person\\u001b\"]}", "fields[1]", SafeText.Flaw.CONTROL_CHARACTER);
        assertUnsafe("{\"labels\": {\"a\": \"b\\u0085\"}}", "labels.a", SafeText.Flaw.CONTROL_CHARACTER);
        assertUnsafe("{\"nested\": {\"message\": \"x\\u007f\"}}", "nested.message", SafeText.Flaw.CONTROL_CHARACTER);
    }

    @Test
    void anUnpairedSurrogateFailsTheBody() {
        assertUnsafe("{\"partner\": \"caf\\ud800\"}", "partner", SafeText.Flaw.UNPAIRED_SURROGATE);
        assertUnsafe("{\"nested\": {\"message\": \"\\udc00x\"}}", "nested.message", SafeText.Flaw.UNPAIRED_SURROGATE);
    }

    @Test
    void theMessageNamesTheRuleNotTheValue() {
        assertThatThrownBy(() -> json.readValue("{\"partner\": \"secret\\u0000value\"}", Request.class))
                .isInstanceOf(UnsafeTextException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                        .doesNotContain("secret"));
    }

    private void assertUnsafe(String body, String path, SafeText.Flaw flaw) {
        assertThatThrownBy(() -> json.readValue(body, Request.class))
                .as(body)
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> {
                    assertThat(e.flaw()).isEqualTo(flaw);
                    assertThat(e.getPath().stream()
                                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                                    .orElse(""))
                            .isEqualTo(path);
                });
    }
}
