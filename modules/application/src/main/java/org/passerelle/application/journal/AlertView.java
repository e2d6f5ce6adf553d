package org.passerelle.application.journal;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;

/** An alert as the DPO reviews it. */
public record AlertView(
        UUID id,
        AlertKind kind,
        AlertState state,
        Instant raisedAt,
        String username,
        UUID personId,
        UUID caseFileId,
        Long journalEntryId,
        String detail,
        String reviewedBy,
        Instant reviewedAt,
        String reviewNote) {

    static AlertView of(Alert a) {
        return new AlertView(
                a.id(),
                a.kind(),
                a.state(),
                a.raisedAt(),
                a.username(),
                a.personId(),
                a.caseFileId(),
                a.journalEntryId(),
                a.detail(),
                a.reviewedBy(),
                a.reviewedAt(),
                a.reviewNote());
    }
}
