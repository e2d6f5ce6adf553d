package org.passerelle.application.journal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.passerelle.journal.JournalQueries;

/**
 * A journal entry as the auditor reads it, with its chain position (null until sealed) and whether
 * it is genuine ({@code verified}: its MAC matches and it is sealed or fresh; issue 15).
 */
public record JournalEntryView(
        long id,
        Long position,
        Instant at,
        String userId,
        String username,
        String organisation,
        Set<String> roles,
        String action,
        UUID personId,
        UUID caseFileId,
        UUID referralId,
        Set<String> fields,
        String cadre,
        String purpose,
        String outcome,
        String reasonCode,
        String requestId,
        String clientAddress,
        boolean breakGlass,
        boolean verified) {

    static JournalEntryView of(JournalQueries.Hit hit) {
        var e = hit.entry();
        return new JournalEntryView(
                e.id(),
                hit.position(),
                e.at(),
                e.userId(),
                e.username(),
                e.organisation(),
                e.roles(),
                e.action(),
                e.personId(),
                e.caseFileId(),
                e.referralId(),
                e.fields(),
                e.cadre(),
                e.purpose(),
                e.outcome(),
                e.reasonCode(),
                e.requestId(),
                e.clientAddress(),
                e.breakGlass(),
                hit.verified());
    }
}
