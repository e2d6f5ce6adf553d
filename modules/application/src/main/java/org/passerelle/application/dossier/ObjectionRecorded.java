package org.passerelle.application.dossier;

import java.util.Objects;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.consent.Objection;

/**
 * Fired inside the transaction that records an objection (S5, GDPR art. 21), for what it covers to
 * end in the same transaction ({@code application.referral} cancels the open orientations to its
 * recipient that carry one of its categories).
 *
 * @param by who recorded it
 */
public record ObjectionRecorded(Caller by, Objection objection) {

    public ObjectionRecorded {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(objection, "objection");
    }
}
