package org.passerelle.domain.failure;

import java.util.regex.Pattern;

/**
 * The grammar of a code an input must follow (a purpose, a reason code, an organisation code):
 * the value types hold one each, so the pattern and its wording exist once.
 *
 * @param pattern what the whole value must match
 * @param what    what the value should be, as an error says it ("a purpose code (lower-case …)")
 */
public record Grammar(Pattern pattern, String what) {

    public Grammar(String regex, String what) {
        this(Pattern.compile(regex), what);
    }

    public boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    /** The value if it matches; a 422 naming {@code field} otherwise, never echoing the value. */
    public String require(String field, String value) {
        if (!matches(value)) {
            throw new InvalidInputException(field, "is not " + what);
        }
        return value;
    }
}
