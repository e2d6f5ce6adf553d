package org.passerelle.application.dossier;

import java.util.UUID;

/**
 * An usager as the caller may see them.
 *
 * @param accessible whether the caller may read them at all (a search also reports persons who
 *                   exist but are not the caller's, so that they are not registered twice)
 */
public record PersonView(UUID id, long version, boolean accessible, SealedView fields) {}
