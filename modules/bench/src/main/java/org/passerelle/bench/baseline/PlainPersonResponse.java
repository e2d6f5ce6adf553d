package org.passerelle.bench.baseline;

import java.time.LocalDate;
import java.util.UUID;

/** The same JSON as the API's {@code PersonResponse}, field for field. */
public record PlainPersonResponse(
        UUID id,
        boolean accessible,
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
