package org.passerelle.crypto;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A French social-security number (NIR), validated: 13 characters then a 2-digit control key.
 * The 13 are digits, except that the department (characters 6 and 7) may be {@code 2A} or
 * {@code 2B} for Corsica. The key is {@code 97 - (n mod 97)}, where n is the 13 characters as a
 * number with {@code 2A} read as {@code 19} and {@code 2B} as {@code 18}.
 *
 * <p>{@link #parse(String)} accepts spaces, dots and dashes between groups and a lower-case
 * {@code a}/{@code b}. {@link #toString()} is {@link #masked()}, so a NIR never reaches a log in
 * full by accident (DESIGN S8); {@link #value()} is for encryption and the blind index only.
 */
public final class Nir implements BlindIndexInput {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u00A0\\u202F]");
    private static final Pattern FORMAT = Pattern.compile("[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}");
    private static final int VISIBLE = 4;

    private final String value;

    private Nir(String value) {
        this.value = value;
    }

    /** @throws InvalidNirException if the format or the control key is wrong */
    public static Nir parse(String text) {
        if (text == null) {
            throw new InvalidNirException("NIR is missing");
        }
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(compact).matches()) {
            throw new InvalidNirException(
                    "NIR must be 15 characters: 13 digits (2A or 2B allowed for the department) and a 2-digit key");
        }
        if (controlKey(compact.substring(0, 13)) != Integer.parseInt(compact.substring(13))) {
            throw new InvalidNirException("NIR control key does not match");
        }
        return new Nir(compact);
    }

    /** {@code 97 - (n mod 97)}, with Corsica's 2A and 2B read as 19 and 18. */
    static int controlKey(String thirteen) {
        String digits = thirteen.substring(0, 5)
                + thirteen.substring(5, 7).replace("2A", "19").replace("2B", "18")
                + thirteen.substring(7);
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /** The 15 characters, without separators, upper case. */
    public String value() {
        return value;
    }

    /**
     * Bullets for the first 11 characters, then the last 4 as two pairs, e.g.
     * {@code •••••••••••25 38}: enough for a person to recognise their number, not to use it.
     */
    public String masked() {
        String tail = value.substring(value.length() - VISIBLE);
        return "•".repeat(value.length() - VISIBLE) + tail.substring(0, 2) + " " + tail.substring(2);
    }

    @Override
    public String canonicalForm() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nir that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
