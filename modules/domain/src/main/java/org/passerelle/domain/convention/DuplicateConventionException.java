package org.passerelle.domain.convention;

import org.passerelle.secrecy.Cadre;

/** An active convention already exists for this partner, cadre and purpose: one at a time. */
public class DuplicateConventionException extends RuntimeException {

    public DuplicateConventionException(String partner, Cadre cadre, String purpose) {
        super("An active convention exists for " + partner + ", " + cadre + ", " + purpose);
    }
}
