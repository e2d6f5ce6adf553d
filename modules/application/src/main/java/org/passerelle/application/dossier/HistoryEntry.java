package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One change to a dossier: who made it, when, which fields it touched, and the new values of those
 * the caller may see today (the others are named, never opened).
 *
 * @param changed field keys: the catalogue's ({@code case.housing}...) and the dossier's own
 *                ({@code case.referent}, {@code case.team}, {@code case.status}, {@code case.restricted})
 */
public record HistoryEntry(Instant at, String username, String kind, List<String> changed, SealedView values) {}
