package org.passerelle.domain.convention;

import java.util.regex.Pattern;
import org.passerelle.domain.failure.InvalidInputException;

/**
 * What a sharing is for (a finalité, e.g. {@code acces-aux-soins}): the code that binds a consent,
 * a convention and an orientation together (S3, S5). Its grammar lives here and nowhere else.
 *
 * @param code lower-case letters, digits and dashes, at most 64, starting with a letter or digit
 */
public record Purpose(String code) {

    private static final Pattern GRAMMAR = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Purpose {
        if (!isValid(code)) {
            throw new IllegalArgumentException("Not a purpose code");
        }
    }

    /** The purpose an input names, or a 422 naming {@code field} (never echoing the value). */
    public static Purpose of(String field, String code) {
        if (!isValid(code)) {
            throw new InvalidInputException(field, "is not a purpose code (lower-case letters, digits, dashes, at most 64)");
        }
        return new Purpose(code);
    }

    public static boolean isValid(String code) {
        return code != null && GRAMMAR.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
