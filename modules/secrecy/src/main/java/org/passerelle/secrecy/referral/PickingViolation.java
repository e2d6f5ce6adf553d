package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.secrecy.Field;

/**
 * One reason a pick cannot be shared; the application answers 422 with one {@code errors[]} entry
 * per violation.
 *
 * @param code  a stable slug, one of the {@link ShareGrounding} constants
 * @param field the offending field, or empty
 * @param note  the id of the offending note, or empty; at most one of field and note is present,
 *              neither when the violation is about the whole pick
 */
public record PickingViolation(String code, Optional<Field> field, Optional<UUID> note) {

    public PickingViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(note, "note");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        if (field.isPresent() && note.isPresent()) {
            throw new IllegalArgumentException("a violation is about a field or a note, not both");
        }
    }

    static PickingViolation of(String code) {
        return new PickingViolation(code, Optional.empty(), Optional.empty());
    }

    static PickingViolation of(String code, Field field) {
        return new PickingViolation(code, Optional.of(field), Optional.empty());
    }

    static PickingViolation ofNote(String code, UUID note) {
        return new PickingViolation(code, Optional.empty(), Optional.of(note));
    }
}
