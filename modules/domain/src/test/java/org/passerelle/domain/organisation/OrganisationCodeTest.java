package org.passerelle.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.domain.failure.InvalidInputException;

class OrganisationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ccas-saumur", "cpam-49", "caf-49", "dept-49"})
    void theCodesTokensAndDocumentsUse(String code) {
        assertThat(OrganisationCode.of("from", code).toString()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "CPAM-49", "-cpam", "cpam 49", "cpam_49", "cpam/49"})
    void anythingElseIsRefusedNamingTheInput(String code) {
        assertThatThrownBy(() -> OrganisationCode.of("from", code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("from: is not an organisation code");
    }
}
