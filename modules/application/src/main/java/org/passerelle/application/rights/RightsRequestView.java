package org.passerelle.application.rights;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passerelle.domain.rights.AnswerOutcome;
import org.passerelle.domain.rights.ExtensionReason;
import org.passerelle.domain.rights.RightsRequest;
import org.passerelle.domain.rights.RightsRequestChannel;
import org.passerelle.domain.rights.RightsRequestKind;
import org.passerelle.domain.rights.RightsRequestStatus;

/**
 * A rights request as the DPO sees it: codes, dates and ids only.
 *
 * @param overdue              unanswered after its due date, today (Europe/Paris)
 * @param restrictedCaseFileIds the dossiers a RESTRICTION request restricted when registered (empty otherwise)
 */
public record RightsRequestView(
        UUID id,
        UUID personId,
        RightsRequestKind kind,
        RightsRequestChannel channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        int extendedMonths,
        ExtensionReason extensionReason,
        RightsRequestStatus status,
        AnswerOutcome outcome,
        LocalDate answeredOn,
        String answeredBy,
        String registeredBy,
        Instant registeredAt,
        boolean overdue,
        long version,
        List<UUID> restrictedCaseFileIds)
        implements Serializable {

    static RightsRequestView of(RightsRequest r, LocalDate today, List<UUID> restricted) {
        return new RightsRequestView(
                r.id(),
                r.personId(),
                r.kind(),
                r.channel(),
                r.receivedOn(),
                r.dueOn(),
                r.extendedMonths(),
                r.extensionReason(),
                r.status(),
                r.outcome(),
                r.answeredOn(),
                r.answeredBy(),
                r.registeredBy(),
                r.registeredAt(),
                r.isOverdue(today),
                r.version(),
                List.copyOf(restricted));
    }

    static RightsRequestView of(RightsRequest r, LocalDate today) {
        return of(r, today, List.of());
    }
}
