package org.passerelle.domain.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored prior notices and consents. Implementations run inside the caller's transaction. */
public interface ConsentRepository {

    Optional<Consent> find(UUID id);

    /** The usager's consents, most recently given first. */
    List<Consent> consentsOf(UUID personId);

    void add(Consent consent);

    /** The usager's prior notices, most recent first. */
    List<PriorNotice> noticesOf(UUID personId);

    void add(PriorNotice notice);

    Optional<Objection> findObjection(UUID id);

    /** The usager's objections, most recently recorded first. */
    List<Objection> objectionsOf(UUID personId);

    /** The objections of this CCAS waiting for the DPO's review, oldest first. */
    List<Objection> pendingObjections(String organisationCode);

    void add(Objection objection);

    /** Writes pending changes now, so that the returned version (the ETag) is the stored one. */
    void flush();
}
