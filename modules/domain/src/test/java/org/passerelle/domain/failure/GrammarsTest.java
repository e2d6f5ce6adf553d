package org.passerelle.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.domain.convention.Purpose;
import org.passerelle.domain.convention.ReasonCode;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.domain.organisation.OrganisationCode;

/** The value types that own a grammar: what each accepts, what it refuses, and how it says so. */
class GrammarsTest {

    /** One value type: how to build it from an input, test its shape, and the examples either side. */
    record Case(
            String name,
            BiFunction<String, String, String> of,
            String refusal,
            List<String> good,
            List<String> bad,
            int max) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> valueTypes() {
        return Stream.of(
                new Case(
                        "purpose",
                        (input, v) -> Purpose.of(input, v).code(),
                        "is not a purpose code",
                        List.of("acces-aux-soins", "rsa", "0-logement", "a"),
                        Arrays.asList(null, "", "Acces", "-soins", "acces aux soins", "accès", "acces_soins"),
                        64),
                new Case(
                        "reason code",
                        (input, v) -> ReasonCode.of(input, v).code(),
                        "is not a code",
                        List.of("HORS_COMPETENCE", "DEJA_SUIVI", "A", "R2D2"),
                        Arrays.asList(null, "", "hors_competence", "_X", "2X", "HORS COMPETENCE", "HORS-X", "ÉTAT"),
                        40),
                new Case(
                        "organisation code",
                        (input, v) -> OrganisationCode.of(input, v).code(),
                        "is not an organisation code",
                        List.of("ccas-saumur", "cpam-49", "caf-49", "dept-49"),
                        Arrays.asList(null, "", "CPAM-49", "-cpam", "cpam 49", "cpam_49", "cpam/49"),
                        64));
    }

    @ParameterizedTest
    @MethodSource("valueTypes")
    void eachAcceptsItsGrammarAndRefusesTheRestNamingTheInputNotTheValue(Case type) {
        for (String good : type.good()) {
            assertThat(type.of().apply("input", good)).isEqualTo(good);
        }
        for (String bad : type.bad()) {
            assertThatThrownBy(() -> type.of().apply("input", bad))
                    .as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("input");
                        assertThat(e.getMessage()).startsWith("input: " + type.refusal());
                        if (bad != null && !bad.isEmpty()) {
                            assertThat(e.getMessage()).doesNotContain(bad);
                        }
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("valueTypes")
    void eachHasItsLengthLimit(Case type) {
        String first = type.good().get(0).substring(0, 1);
        assertThat(type.of().apply("input", first.repeat(type.max()))).hasSize(type.max());
        assertThatThrownBy(() -> type.of().apply("input", first.repeat(type.max() + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStoredValueOfAnotherShapeCannotBecomeOne() {
        assertThatThrownBy(() -> new Purpose("Not One")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReasonCode("not_one")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OrganisationCode("Not One")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theStandardRejectionReasonsHaveTheGrammar() {
        assertThat(RejectionReason.STANDARD)
                .allSatisfy(
                        r -> assertThat(ReasonCode.of("code", r.code()).code()).isEqualTo(r.code()));
    }
}
