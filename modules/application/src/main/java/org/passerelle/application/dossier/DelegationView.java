package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.delegation.Delegation;

/**
 * A delegation as its delegator, its delegate, the CCAS manager or the DPO sees it: who stands in
 * for whom, when, why, and whether it runs.
 */
public record DelegationView(
        UUID id,
        String delegator,
        String delegate,
        Instant from,
        Instant until,
        String reason,
        String createdBy,
        Instant createdAt,
        String endedBy,
        Instant endedAt,
        DelegationStatus status) {

    /** Where a delegation stands at a given time. */
    public enum DelegationStatus {
        /** Not started yet. */
        SCHEDULED,
        /** Running: the delegate stands in. */
        RUNNING,
        /** Ended before its term. */
        ENDED,
        /** Past its end. */
        EXPIRED
    }

    static DelegationView of(Delegation d, Instant now) {
        DelegationStatus status = d.endedAt() != null
                ? DelegationStatus.ENDED
                : d.isRunning(now)
                        ? DelegationStatus.RUNNING
                        : now.isBefore(d.startsAt()) ? DelegationStatus.SCHEDULED : DelegationStatus.EXPIRED;
        return new DelegationView(
                d.id(),
                d.delegator(),
                d.delegate(),
                d.startsAt(),
                d.endsAt(),
                d.reason(),
                d.createdBy(),
                d.createdAt(),
                d.endedBy(),
                d.endedAt(),
                status);
    }

    /** Whether it can still be ended (not over yet). */
    public boolean endable() {
        return status == DelegationStatus.RUNNING || status == DelegationStatus.SCHEDULED;
    }
}
