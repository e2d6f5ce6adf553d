package org.passerelle.domain.failure;

/** The caller edited an older version than the stored one (optimistic locking: HTTP 412). */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("The resource changed since it was read");
    }
}
