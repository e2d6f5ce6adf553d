package org.passerelle.domain.organisation;

import java.util.regex.Pattern;
import org.passerelle.domain.failure.InvalidInputException;

/**
 * The stable code of an organisation ({@code ccas-saumur}, {@code cpam-49}): what tokens, channel
 * documents, conventions and the journal name it by. Its grammar lives here.
 *
 * @param code lower-case letters, digits and dashes, at most 64, starting with a letter or digit
 */
public record OrganisationCode(String code) {

    private static final Pattern GRAMMAR = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public OrganisationCode {
        if (!isValid(code)) {
            throw new IllegalArgumentException("Not an organisation code");
        }
    }

    /** The organisation an input names, or a 422 naming {@code field}. */
    public static OrganisationCode of(String field, String code) {
        if (!isValid(code)) {
            throw new InvalidInputException(field, "is not an organisation code (lower-case letters, digits, dashes)");
        }
        return new OrganisationCode(code);
    }

    public static boolean isValid(String code) {
        return code != null && GRAMMAR.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
