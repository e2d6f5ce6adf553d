package org.passerelle.domain.person;

import java.util.List;
import java.util.UUID;

/** Port to an usager's recorded history (identity and contact). Implementations run inside the caller's transaction. */
public interface PersonHistory {

    /** Every revision of the usager, oldest first. */
    List<PersonRevision> revisions(UUID personId);
}
