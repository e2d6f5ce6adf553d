package org.passerelle.domain.casefile;

import java.util.UUID;

/** A restriction set on a dossier already restricted, or lifted from one that is not (409). */
public class RestrictionStateException extends RuntimeException {

    private final boolean restricted;

    public RestrictionStateException(UUID caseFileId, boolean restricted) {
        super("Dossier " + caseFileId + (restricted ? " is already restricted" : " is not restricted"));
        this.restricted = restricted;
    }

    /** Whether the dossier was restricted when the change was asked for. */
    public boolean restricted() {
        return restricted;
    }
}
