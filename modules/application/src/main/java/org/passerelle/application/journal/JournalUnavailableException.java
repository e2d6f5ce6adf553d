package org.passerelle.application.journal;

/** The journal could not record an access, so the access does not happen (S11). */
public class JournalUnavailableException extends RuntimeException {

    public JournalUnavailableException(Throwable cause) {
        super("The access journal could not record this access", cause);
    }
}
