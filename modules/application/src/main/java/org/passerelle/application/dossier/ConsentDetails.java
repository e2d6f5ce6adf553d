package org.passerelle.application.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.secrecy.FieldCategory;

/**
 * A consent as an agent records it.
 *
 * @param purpose           the purpose code, as conventions name it (e.g. {@code acces-aux-soins})
 * @param givenAt           when the usager gave it; now when absent
 * @param givenTo           the username of who received it; the caller when absent
 * @param evidenceReference where the proof is kept (a document reference, not prose)
 * @param expiresOn         the last day it holds; none when absent
 */
public record ConsentDetails(
        UUID personId,
        String recipient,
        String purpose,
        Set<FieldCategory> categories,
        Instant givenAt,
        String givenTo,
        ConsentMeans means,
        String evidenceReference,
        LocalDate expiresOn) {}
