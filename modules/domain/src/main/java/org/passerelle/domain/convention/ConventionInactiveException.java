package org.passerelle.domain.convention;

import java.util.UUID;

/** The convention was deactivated: that is final, so it can no longer change; create a new one. */
public class ConventionInactiveException extends RuntimeException {

    public ConventionInactiveException(UUID id) {
        super("Convention " + id + " is inactive");
    }
}
