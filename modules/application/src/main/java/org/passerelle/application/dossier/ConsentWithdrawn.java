package org.passerelle.application.dossier;

import java.util.Objects;
import java.util.UUID;
import org.passerelle.application.identity.Caller;

/**
 * Fired inside the transaction that ends a consent (S5), for what rests on it to end in the same
 * transaction ({@code application.referral} cancels the open orientations relying on it).
 *
 * @param by who withdrew it
 */
public record ConsentWithdrawn(Caller by, UUID consentId) {

    public ConsentWithdrawn {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(consentId, "consentId");
    }
}
