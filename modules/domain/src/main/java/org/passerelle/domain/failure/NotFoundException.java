package org.passerelle.domain.failure;

/** No such usager, dossier or note (or not one the caller's organisation holds). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("No such " + what);
    }
}
