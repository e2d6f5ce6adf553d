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
 * @param name         the token's {@code name} claim, or {@code null}: the professional contact a
 *                     partner reads on an orientation this caller sends; staff data, never logged
 * @param phone        the token's {@code phone_number} claim, or {@code null}; the same
 * @param signedDocument whether the caller acts through a document its partner system signed and
 *                     sent over its channel, never through a token (S2): only such a caller may
 *                     move an orientation as a partner system
 */
public record Caller(
        String userId,
        String username,
        String organisation,
        Set<Role> roles,
        String email,
        String name,
        String phone,
        boolean signedDocument) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** A caller authenticated by a token. */
    public Caller(String userId, String username, String organisation, Set<Role> roles, String email) {
        this(userId, username, organisation, roles, email, null, null, false);
    }

    /** A caller authenticated by a token that also names them (and gives a phone, when the realm does). */
    public Caller(
            String userId,
            String username,
            String organisation,
            Set<Role> roles,
            String email,
            String name,
            String phone) {
        this(userId, username, organisation, roles, email, name, phone, false);
    }

    /** A caller without an e-mail address (Passerelle itself, tests). */
    public Caller(String userId, String username, String organisation, Set<Role> roles) {
        this(userId, username, organisation, roles, null, null, null, false);
    }

    /** The username the journal gives Passerelle's delivery to partners' systems. */
    public static final String PARTNER_DELIVERY = "system:partner-delivery";

    /**
     * Passerelle delivering to a partner's system, as the journal names it: the entry's
     * organisation is the receiving partner's, to whom the data is disclosed (S14).
     */
    public static Caller partnerDelivery(String partner) {
        return new Caller("system", PARTNER_DELIVERY, Objects.requireNonNull(partner, "partner"), Set.of());
    }

    /** A partner system's caseworker acting through a signed document received on its channel. */
    public static Caller throughSignedDocument(String userId, String username, String partner) {
        return new Caller(userId, username, partner, Set.of(Role.PARTNER_SYSTEM), null, null, null, true);
    }

    @Override
    public String toString() {
        return "Caller[" + username + "@" + organisation + "]";
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
