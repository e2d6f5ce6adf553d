package org.passerelle.application.dossier;

import java.util.UUID;

/**
 * An usager with the same NIR is already registered in the organisation (HTTP 409). The existing
 * usager's id is there only when the caller may open them; {@code null} otherwise.
 */
public class DuplicatePersonException extends RuntimeException {

    private final UUID existing;

    public DuplicatePersonException(UUID existing) {
        super("An usager with this NIR is already registered");
        this.existing = existing;
    }

    public UUID existing() {
        return existing;
    }
}
