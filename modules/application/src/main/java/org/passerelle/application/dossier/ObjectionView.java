package org.passerelle.application.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.domain.consent.Objection;
import org.passerelle.domain.consent.ObjectionReview;
import org.passerelle.secrecy.FieldCategory;

/**
 * An objection as staff read it: codes, dates and ids, no personal value; {@code inForce} while it
 * stops shares (until the DPO records compelling grounds).
 */
public record ObjectionView(
        UUID id,
        UUID personId,
        String recipient,
        Set<FieldCategory> categories,
        LocalDate receivedOn,
        ConsentMeans means,
        String recordedBy,
        Instant recordedAt,
        ObjectionReview review,
        boolean inForce,
        String reviewedBy,
        Instant reviewedAt,
        String groundsReference) {

    static ObjectionView of(Objection objection) {
        return new ObjectionView(
                objection.id(),
                objection.personId(),
                objection.recipient(),
                objection.categories(),
                objection.receivedOn(),
                objection.means(),
                objection.recordedBy(),
                objection.recordedAt(),
                objection.review(),
                objection.review().inForce(),
                objection.reviewedBy(),
                objection.reviewedAt(),
                objection.groundsReference());
    }
}
