package org.passerelle.application.dossier;

import java.util.List;
import java.util.UUID;

/**
 * An usager as the DPO's search finds them: their id and their dossiers' ids, each with whether it
 * is restricted (S15). No name, no date, nothing else: the DPO works on metadata.
 */
public record PersonIds(UUID personId, List<CaseFileIds> caseFiles) {

    public PersonIds {
        caseFiles = List.copyOf(caseFiles);
    }

    public record CaseFileIds(UUID caseFileId, boolean restricted) {}
}
