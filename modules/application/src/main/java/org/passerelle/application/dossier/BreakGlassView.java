package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.UUID;

/** A break-glass access as its agent sees it: which dossier, until when. */
public record BreakGlassView(UUID id, UUID caseFileId, Instant grantedAt, Instant expiresAt) {}
