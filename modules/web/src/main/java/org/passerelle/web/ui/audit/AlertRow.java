package org.passerelle.web.ui.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.passerelle.application.journal.AlertView;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;

/** An alert as the queue shows it; kept with the view so that each row's review form finds its alert. */
public record AlertRow(
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
        String reviewNote)
        implements Serializable {

    static AlertRow of(AlertView a) {
        return new AlertRow(
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

    public boolean isOpen() {
        return state == AlertState.OPEN;
    }
}
