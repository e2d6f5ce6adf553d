package org.passerelle.testing.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.testing.people.Usager.Person;

/** The benchmarks' crowd: {@link FictitiousPeople#person(int)}. */
class CrowdTest {

    private final FictitiousPeople people = new FictitiousPeople(42);

    @Test
    void nirsAreValidDistinctAndMatchSexAndBirth() {
        Set<String> nirs = new HashSet<>();
        IntStream.concat(
                        IntStream.range(0, 30_000),
                        IntStream.range(FictitiousPeople.CROWD - 1_000, FictitiousPeople.CROWD))
                .mapToObj(people::person)
                .forEach(person -> {
                    assertThat(Nir.parse(person.nir()).value()).isEqualTo(person.nir());
                    assertThat(person.nir().substring(1, 5))
                            .isEqualTo(String.format(
                                    "%02d%02d",
                                    person.birthDate().getYear() % 100,
                                    person.birthDate().getMonthValue()));
                    assertThat(person.nir().charAt(0)).isIn('1', '2');
                    nirs.add(person.nir());
                });
        assertThat(nirs).hasSize(31_000);
        assertThat(nirs).anyMatch(nir -> nir.startsWith("2A", 5)).anyMatch(nir -> nir.startsWith("2B", 5));
    }

    @Test
    void aPersonIsTheSameOnEveryCallAndHasEveryField() {
        Person person = people.person(123_456);

        assertThat(new FictitiousPeople(42).person(123_456)).isEqualTo(person);
        assertThat(new FictitiousPeople(43).person(123_456)).isNotEqualTo(person);
        assertThat(new NameAndBirthDate(person.firstNames() + " " + person.lastName(), person.birthDate()).name())
                .isNotBlank();
        assertThat(person.birthName()).isNotBlank();
        assertThat(person.phone()).matches("0[67]( \\d\\d){4}");
        assertThat(person.email()).contains("@example.");
        assertThat(person.address()).matches("\\d+ .+, \\d{5} .+");
    }

    @Test
    void refusesIndexesBeyondTheCrowd() {
        assertThatThrownBy(() -> people.person(FictitiousPeople.CROWD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.person(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
