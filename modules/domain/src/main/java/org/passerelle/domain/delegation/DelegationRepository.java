package org.passerelle.domain.delegation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the delegations. Implementations run inside the caller's transaction. */
public interface DelegationRepository {

    void add(Delegation delegation);

    Optional<Delegation> find(UUID id);

    /** The delegations of this CCAS running at {@code at} with {@code delegate} standing in, oldest first. */
    List<Delegation> runningFor(String organisationCode, String delegate, Instant at);

    /** The delegations of this CCAS given by or to {@code username}, newest first, at most {@code limit}. */
    List<Delegation> involving(String organisationCode, String username, int limit);

    /** The delegations of this CCAS, newest first, at most {@code limit}. */
    List<Delegation> ofOrganisation(String organisationCode, int limit);

    void flush();
}
