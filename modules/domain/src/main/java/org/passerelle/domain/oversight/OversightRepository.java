package org.passerelle.domain.oversight;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to break-glass accesses and alerts. Implementations run inside the caller's transaction. */
public interface OversightRepository {

    void add(BreakGlass access);

    /** The dossiers among {@code caseFileIds} that {@code username} holds a break-glass access to at {@code at}. */
    List<UUID> breakGlassOpen(String username, Collection<UUID> caseFileIds, Instant at);

    void add(Alert alert);

    Optional<Alert> findAlert(UUID id);

    /** Whether an alert of this kind was raised for this user since {@code since} (one per window is enough). */
    boolean alertRaisedSince(AlertKind kind, String username, Instant since);

    /** An organisation's alerts, newest first, optionally of one state and kind. */
    List<Alert> alerts(String organisationCode, AlertState state, AlertKind kind, int offset, int limit);

    long countAlerts(String organisationCode, AlertState state, AlertKind kind);

    void flush();
}
