package org.passerelle.domain.protection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the rotation jobs. Implementations run inside the caller's transaction. */
public interface KeyRotationRepository {

    Optional<KeyRotation> find(UUID id);

    List<KeyRotation> running();

    List<KeyRotation> all();

    void add(KeyRotation rotation);

    /** Counts {@code rows} more rows done (an atomic increment: nodes may work on one job together). */
    void advance(UUID id, int rows, Instant at);

    /** Marks the job completed, if it still runs. */
    void complete(UUID id, Instant at);
}
