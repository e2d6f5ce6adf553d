package org.passerelle.domain.consent;

import java.util.UUID;

/** The consent was already withdrawn: a withdrawal happens once and is never undone. */
public class ConsentWithdrawnException extends RuntimeException {

    public ConsentWithdrawnException(UUID consentId) {
        super("Consent " + consentId + " is already withdrawn");
    }
}
