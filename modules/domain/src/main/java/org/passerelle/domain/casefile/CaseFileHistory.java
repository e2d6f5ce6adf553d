package org.passerelle.domain.casefile;

import java.util.List;
import java.util.UUID;

/** Port to a dossier's recorded history. Implementations run inside the caller's transaction. */
public interface CaseFileHistory {

    /** Every revision of the dossier, oldest first. */
    List<CaseFileRevision> revisions(UUID caseFileId);
}
