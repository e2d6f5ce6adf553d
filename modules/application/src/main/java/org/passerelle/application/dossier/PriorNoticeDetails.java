package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.consent.InformationMeans;
import org.passerelle.secrecy.FieldCategory;

/**
 * A prior notice as an agent records it.
 *
 * @param informedAt when the usager was informed; now when absent
 * @param informedBy the username of who informed them; the caller when absent
 */
public record PriorNoticeDetails(
        UUID personId,
        Instant informedAt,
        String informedBy,
        Set<FieldCategory> categories,
        Set<String> recipients,
        InformationMeans means) {}
