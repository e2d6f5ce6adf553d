package org.passerelle.application.identity;

/**
 * The caller's token names no organisation, or one Passerelle does not know or has deactivated:
 * they may not act in Passerelle until an administrator fixes their account.
 */
public class UnknownOrganisationException extends RuntimeException {

    public UnknownOrganisationException() {
        super("The caller's organisation is not registered in Passerelle");
    }
}
