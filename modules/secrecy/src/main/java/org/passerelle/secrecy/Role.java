package org.passerelle.secrecy;

import java.util.Objects;
import java.util.Optional;

/**
 * A realm role of the {@code passerelle} Keycloak realm (DESIGN §5). Only the two CCAS roles
 * open dossiers; the others exist so that a token's roles can be read without losing any.
 */
public enum Role {

    /** Travailleur social, référent: works on the dossiers they are assigned to. */
    CCAS_AGENT("ccas-agent"),
    /** Accueil: identity, contact and appointments, nothing of the social situation. */
    CCAS_RECEPTION("ccas-reception"),
    /**
     * Responsable de pôle: the team's working lists, delegations and indicators of the CCAS; not
     * the content of dossiers unless also an agent assigned to one.
     */
    CCAS_MANAGER("ccas-manager"),
    /** Caseworker of a partner organisation (CAF, CPAM, Département): reads only what is shared. */
    PARTNER_CASEWORKER("partner-caseworker"),
    /**
     * Manager of a partner organisation: sees the organisation's whole inbox, assigns orientations
     * to its caseworkers and hands them over; reads only what is shared, like a caseworker.
     */
    PARTNER_MANAGER("partner-manager"),
    /**
     * A partner organisation's own information system, over its channel (a Keycloak service
     * account, client credentials): sends status updates for the orientations addressed to it.
     */
    PARTNER_SYSTEM("partner-system"),
    /** Auditor / DPO: reads the access journal, not the content of dossiers. */
    AUDITOR("auditor"),
    /** Administrator: organisations, partners, conventions, keys; not the content of dossiers. */
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name as the realm and the token spell it, e.g. {@code ccas-agent}. */
    public String roleName() {
        return roleName;
    }

    /**
     * The role named exactly so (case and spacing included), or empty: a token role that merely
     * resembles ours must grant nothing.
     */
    public static Optional<Role> fromRoleName(String roleName) {
        Objects.requireNonNull(roleName, "roleName");
        for (Role role : values()) {
            if (role.roleName.equals(roleName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
