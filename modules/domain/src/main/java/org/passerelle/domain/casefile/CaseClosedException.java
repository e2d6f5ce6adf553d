package org.passerelle.domain.casefile;

import java.util.UUID;

/** The dossier is closed: it can no longer change (its history stays readable). */
public class CaseClosedException extends RuntimeException {

    public CaseClosedException(UUID caseFileId) {
        super("Dossier " + caseFileId + " is closed");
    }
}
