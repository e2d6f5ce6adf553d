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
 * @param email        the token's {@code email} claim, or {@code null}: where an orientation's
 *                     sender is notified; a personal value of a staff member, never logged
 */
public record Caller(String userId, String username, String organisation, Set<Role> roles, String email) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** A caller without an e-mail address (Passerelle itself, tests). */
    public Caller(String userId, String username, String organisation, Set<Role> roles) {
        this(userId, username, organisation, roles, null);
    }

    @Override
    public String toString() {
        return "Caller[" + username + "@" + organisation + "]";
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
