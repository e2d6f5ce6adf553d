package org.passerelle.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void mapsTheFiveRealmRolesOfDesignSection5() {
        assertThat(Role.fromRoleName("ccas-agent")).contains(Role.CCAS_AGENT);
        assertThat(Role.fromRoleName("ccas-reception")).contains(Role.CCAS_RECEPTION);
        assertThat(Role.fromRoleName("partner-caseworker")).contains(Role.PARTNER_CASEWORKER);
        assertThat(Role.fromRoleName("auditor")).contains(Role.AUDITOR);
        assertThat(Role.fromRoleName("admin")).contains(Role.ADMIN);
    }

    @Test
    void ignoresKeycloaksOwnRoles() {
        assertThat(Role.fromRoleName("offline_access")).isEmpty();
        assertThat(Role.fromRoleName("default-roles-passerelle")).isEmpty();
        assertThat(Role.fromRoleName("ADMIN")).isEmpty();
    }
}
