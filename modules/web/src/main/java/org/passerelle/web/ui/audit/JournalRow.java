package org.passerelle.web.ui.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.passerelle.application.journal.JournalEntryView;

/**
 * A journal entry as the results table shows it; kept with the view for paging, hence
 * serialisable, and no more than the table shows (no address, no request id); an entry that is
 * not {@code verified} is shown as such, never as genuine.
 */
public record JournalRow(
        Instant at,
        String username,
        String organisation,
        String action,
        UUID personId,
        UUID caseFileId,
        UUID referralId,
        String fields,
        String outcome,
        String reasonCode,
        boolean breakGlass,
        boolean verified)
        implements Serializable {

    static JournalRow of(JournalEntryView e) {
        Set<String> fields = e.fields() == null ? Set.of() : new TreeSet<>(e.fields());
        return new JournalRow(
                e.at(),
                e.username(),
                e.organisation(),
                e.action(),
                e.personId(),
                e.caseFileId(),
                e.referralId(),
                String.join(", ", fields),
                e.outcome(),
                e.reasonCode(),
                e.breakGlass(),
                e.verified());
    }
}
