package org.passerelle.application.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.casefile.CaseStatus;

/** A dossier as the caller may see it. */
public record CaseFileView(
        UUID id,
        long version,
        UUID personId,
        String referent,
        Set<String> team,
        CaseStatus status,
        Instant openedAt,
        Instant closedAt,
        LocalDate lastContactOn,
        boolean restricted,
        SealedView situation) {}
