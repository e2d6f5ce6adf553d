package org.passerelle.secrecy;

import java.util.Objects;
import java.util.Set;

/**
 * A CCAS staff member's request to read or write a dossier or an usager, described by the facts the
 * policy needs and nothing else (no ids, no values), so that deciding is a pure function.
 *
 * @param roles              the caller's realm roles; roles not in {@link Role} are dropped by the caller
 * @param sameOrganisation   whether the data belongs to the caller's own organisation
 * @param relation           how the caller stands to the dossier
 * @param restricted         whether the dossier is restricted (GDPR art. 18, S15)
 * @param action             read or write
 * @param nirRevealRequested whether the caller explicitly asked to see the NIR in full (S8)
 */
public record AccessRequest(
        Set<Role> roles,
        boolean sameOrganisation,
        Relation relation,
        boolean restricted,
        Action action,
        boolean nirRevealRequested) {

    public AccessRequest {
        Objects.requireNonNull(roles, "roles");
        roles.forEach(role -> Objects.requireNonNull(role, "roles element"));
        roles = Set.copyOf(roles);
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
    }
}
