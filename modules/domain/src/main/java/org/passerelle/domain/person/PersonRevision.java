package org.passerelle.domain.person;

import org.passerelle.domain.audit.Revision;

/**
 * An usager as they were after one revision. The snapshot's sealed values are the ciphertexts of
 * that time, under the key version recorded with them.
 *
 * @param kind ADD, MOD or DEL, as Envers records them
 */
public record PersonRevision(Person snapshot, Revision revision, String kind) {}
