package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

/**
 * A note of the dossier as the share rules see it: its id, its type (S9) and the category of data
 * it holds (S3, S4: a HEALTH note is health data), never its text.
 */
public record NoteFacts(UUID id, NoteType type, FieldCategory category) {

    public NoteFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
    }
}
