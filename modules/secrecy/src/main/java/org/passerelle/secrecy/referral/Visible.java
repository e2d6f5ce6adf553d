package org.passerelle.secrecy.referral;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.passerelle.secrecy.Field;

/**
 * What a partner sees of an orientation (S3): the catalogue fields, in catalogue order, and the
 * picked notes, in the order they were written. {@code note.body} is among the fields exactly when
 * some note is, so that journal entries and field-by-field reads name notes by that key.
 */
public record Visible(Set<Field> fields, List<UUID> notes) {

    public static final Visible NOTHING = new Visible(Set.of(), List.of());

    public Visible {
        Objects.requireNonNull(fields, "fields");
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        Set<Field> copy = EnumSet.noneOf(Field.class);
        copy.addAll(fields);
        if (copy.contains(Field.NOTE_BODY) == notes.isEmpty()) {
            throw new IllegalArgumentException("note.body is visible exactly when a note is");
        }
        fields = Collections.unmodifiableSet(copy);
    }
}
