package org.passerelle.domain.audit;

import java.util.Objects;

/**
 * Who acts: a user of an organisation within a request, or the system for background work.
 *
 * @param username     the user's login, or {@code system:<job>}
 * @param organisation the user's organisation code; {@code null} for the system
 * @param requestId    the request's id; {@code null} for the system
 * @param clientAddress the address the request came from (for the journal); {@code null} for the system
 */
public record Actor(String username, String organisation, String requestId, String clientAddress) {

    public Actor {
        Objects.requireNonNull(username, "username");
    }

    public static Actor system(String job) {
        return new Actor("system:" + job, null, null, null);
    }
}
