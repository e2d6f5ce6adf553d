package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameAndBirthDateTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Élodie  Dupont-Martin;   elodie dupont martin",
                "  elodie dupont martin ; elodie dupont martin",
                "ÉLODIE DUPONT–MARTIN;    elodie dupont martin",
                "Jean-François L'Hôte;    jean francois l hote",
                "Anaïs D’Arc - Çelik;     anais d arc celik",
                "Lœtitia Bæk;             loetitia baek",
            })
    void normalisesCaseAccentsAndSeparators(String name, String expected) {
        assertThat(NameAndBirthDate.normaliseName(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", " - ' "})
    void refusesANameThatIsBlankOnceNormalised(String name) {
        assertThatThrownBy(() -> NameAndBirthDate.normaliseName(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalFormIsNameThenIsoDate() {
        NameAndBirthDate person = new NameAndBirthDate("Élodie  Dupont-Martin", LocalDate.of(1984, 3, 7));

        assertThat(person.canonicalForm()).isEqualTo("elodie dupont martin|1984-03-07");
        assertThat(person).isEqualTo(new NameAndBirthDate("elodie dupont martin", LocalDate.of(1984, 3, 7)));
    }

    @Test
    void toStringHidesTheValues() {
        assertThat(new NameAndBirthDate("Élodie Dupont", LocalDate.of(1984, 3, 7)).toString())
                .doesNotContain("elodie")
                .doesNotContain("1984");
    }
}
