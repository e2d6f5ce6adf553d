package org.passerelle.application.identity;

import java.util.Objects;
import java.util.Set;
import org.passerelle.secrecy.Role;

/**
 * The authenticated caller, built by the web layer from a token the server has validated.
 *
 * @param userId       the identity provider's stable subject id
 * @param username     the login name (a pseudonymous handle, not a personal value)
 * @param organisation the code of the caller's organisation, or {@code null} when the token has none
 * @param roles        the Passerelle roles the token grants
 */
public record Caller(String userId, String username, String organisation, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
