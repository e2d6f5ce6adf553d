package org.passerelle.application.keys;

import java.time.Instant;
import java.util.UUID;

/**
 * A rotation's progress.
 *
 * @param rowsPerSecond        since the start
 * @param estimatedSecondsLeft at that rate; {@code null} when unknown or done
 */
public record RotationView(
        UUID id,
        String organisation,
        int targetVersion,
        String status,
        long totalRows,
        long doneRows,
        double rowsPerSecond,
        Long estimatedSecondsLeft,
        String requestedBy,
        Instant startedAt,
        Instant completedAt) {}
