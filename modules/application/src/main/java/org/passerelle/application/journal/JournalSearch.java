package org.passerelle.application.journal;

import java.time.Instant;
import java.util.UUID;

/** An auditor's search of the journal; null criteria match everything. {@code to} is exclusive. */
public record JournalSearch(
        UUID personId,
        UUID caseFileId,
        String username,
        String organisation,
        String action,
        String outcome,
        Instant from,
        Instant to) {}
