package org.passerelle.domain.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.secrecy.Field;

class FieldKeysTest {

    @Test
    void keysOfTheCatalogueBecomeFieldsInCatalogueOrder() {
        assertThat(FieldKeys.parse("fields", List.of("person.firstNames", "person.lastName", " person.lastName ")))
                .containsExactly(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES);
    }

    @Test
    void aKeyOutsideTheCatalogueIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> FieldKeys.parse("allowedFields", List.of("person.lastName", "person.secret")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("allowedFields: holds a key that is not in the field catalogue (e.g. person.lastName)");
    }

    @Test
    void aMissingKeyIsRefused() {
        assertThatThrownBy(() -> FieldKeys.parse("fields", Arrays.asList("person.lastName", null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noKeysNoFields() {
        assertThat(FieldKeys.parse("fields", List.of())).isEmpty();
    }
}
