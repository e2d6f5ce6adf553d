package org.passerelle.domain.convention;

import java.util.regex.Pattern;
import org.passerelle.domain.failure.InvalidInputException;

/**
 * A coded reason or outcome (a rejection reason, a failure or completion code, e.g.
 * {@code HORS_COMPETENCE}): what the journal and the indicators count. Its grammar lives here.
 *
 * @param code upper-case letters, digits and underscores, at most 40, starting with a letter
 */
public record ReasonCode(String code) {

    private static final Pattern GRAMMAR = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public ReasonCode {
        if (!isValid(code)) {
            throw new IllegalArgumentException("Not a reason code");
        }
    }

    /** The code an input names, or a 422 naming {@code field}. */
    public static ReasonCode of(String field, String code) {
        if (!isValid(code)) {
            throw new InvalidInputException(field,
                    "is not a code (upper-case letters, digits and underscores, at most 40)");
        }
        return new ReasonCode(code);
    }

    public static boolean isValid(String code) {
        return code != null && GRAMMAR.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
