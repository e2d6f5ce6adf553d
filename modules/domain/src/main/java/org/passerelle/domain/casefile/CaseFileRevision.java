package org.passerelle.domain.casefile;

import org.passerelle.domain.audit.Revision;

/**
 * A dossier as it was after one revision. The snapshot's sealed values are the ciphertexts of that
 * time, under the key version recorded with them.
 *
 * @param kind ADD, MOD or DEL, as Envers records them
 */
public record CaseFileRevision(CaseFile snapshot, Revision revision, String kind) {}
