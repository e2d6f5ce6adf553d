package org.passerelle.domain.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the register of rights requests. Implementations run inside the caller's transaction. */
public interface RightsRequestRepository {

    void add(RightsRequest request);

    Optional<RightsRequest> find(UUID id);

    /**
     * The organisation's requests matching the filters (null: any), soonest due first; {@code overdueOn}
     * not null keeps only the open ones due before that day.
     */
    List<RightsRequest> search(
            String organisationCode,
            RightsRequestStatus status,
            RightsRequestKind kind,
            LocalDate overdueOn,
            int offset,
            int limit);

    long count(String organisationCode, RightsRequestStatus status, RightsRequestKind kind, LocalDate overdueOn);

    /**
     * Locks (SKIP LOCKED) at most {@code limit} open requests due before {@code today} whose
     * overdue alert is not raised yet, so that each is alerted once across nodes.
     */
    List<RightsRequest> lockOverdueUnalerted(LocalDate today, int limit);

    void flush();
}
