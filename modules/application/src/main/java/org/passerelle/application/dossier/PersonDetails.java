package org.passerelle.application.dossier;

import java.time.LocalDate;

/**
 * What staff write about an usager. On update, a {@code null} leaves the stored value unchanged.
 */
public record PersonDetails(
        String lastName,
        String firstNames,
        String birthName,
        LocalDate birthDate,
        String nir,
        String address,
        String phone,
        String email,
        String preferredLanguage,
        String contactChannel) {}
