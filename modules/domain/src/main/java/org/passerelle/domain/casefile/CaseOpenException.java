package org.passerelle.domain.casefile;

import java.util.UUID;

/** The dossier is open: there is nothing to reopen. */
public class CaseOpenException extends RuntimeException {

    public CaseOpenException(UUID caseFileId) {
        super("Dossier " + caseFileId + " is open");
    }
}
