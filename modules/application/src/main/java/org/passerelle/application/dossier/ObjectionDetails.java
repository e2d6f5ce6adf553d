package org.passerelle.application.dossier;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.secrecy.FieldCategory;

/**
 * An usager's objection as an agent records it: to which organisation, which categories, the day
 * the usager said so ({@code null}: today) and how. No free text: the usager's words go in a note.
 */
public record ObjectionDetails(
        UUID personId, String recipient, Set<FieldCategory> categories, LocalDate receivedOn, ConsentMeans means) {}
