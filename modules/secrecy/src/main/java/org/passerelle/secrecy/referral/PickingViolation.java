package org.passerelle.secrecy.referral;

import java.util.Objects;
import java.util.Optional;
import org.passerelle.secrecy.Field;

/**
 * One reason a pick cannot be shared; the application answers 422 with one {@code errors[]} entry
 * per violation.
 *
 * @param code  a stable slug, one of the {@link Picking} constants
 * @param field the offending field, or empty when the violation is about the whole pick
 */
public record PickingViolation(String code, Optional<Field> field) {

    public PickingViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
    }

    static PickingViolation of(String code) {
        return new PickingViolation(code, Optional.empty());
    }

    static PickingViolation of(String code, Field field) {
        return new PickingViolation(code, Optional.of(field));
    }
}
