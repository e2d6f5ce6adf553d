package org.passerelle.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesAreNamedAsInTheRealm() {
        assertThat(Arrays.stream(Role.values()).map(Role::roleName))
                .containsExactly(
                        "ccas-agent",
                        "ccas-reception",
                        "ccas-manager",
                        "partner-caseworker",
                        "partner-manager",
                        "partner-system",
                        "auditor",
                        "admin");
    }

    @Test
    void fromRoleNameRoundTrips() {
        for (Role role : Role.values()) {
            assertThat(Role.fromRoleName(role.roleName())).contains(role);
        }
    }

    @Test
    void fromRoleNameMatchesExactlyOnly() {
        assertThat(Role.fromRoleName("CCAS-AGENT")).isEmpty();
        assertThat(Role.fromRoleName("ccas-agent ")).isEmpty();
        assertThat(Role.fromRoleName("CCAS_AGENT")).isEmpty();
        assertThat(Role.fromRoleName("")).isEmpty();
        assertThatNullPointerException()
                .isThrownBy(() -> Role.fromRoleName(null))
                .withMessage("roleName");
    }
}
