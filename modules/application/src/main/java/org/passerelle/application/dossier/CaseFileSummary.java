package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.domain.casefile.CaseStatus;

/** A dossier as listed on its usager's page: no protected field. */
public record CaseFileSummary(UUID id, CaseStatus status, String referent, Instant openedAt) {}
