package org.passerelle.application.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Passerelle (DESIGN §5); any other role in a token means nothing here. */
public enum Role {
    CCAS_AGENT("ccas-agent"),
    CCAS_RECEPTION("ccas-reception"),
    PARTNER_CASEWORKER("partner-caseworker"),
    AUDITOR("auditor"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in Keycloak and in the API. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
