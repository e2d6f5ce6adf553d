package org.passerelle.crypto;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's name and birth date, normalised for the {@code person.name_birthdate} blind index so
 * that spellings an agent would type for the same person match: lower case, accents removed
 * (Unicode NFD, combining marks dropped; {@code œ}/{@code æ} spelled out), hyphens and apostrophes
 * read as spaces, runs of spaces collapsed, ends trimmed. {@code "Élodie  Dupont-Martin"} becomes
 * {@code "elodie dupont martin"}. Word order is kept. {@link #toString()} hides both values.
 *
 * @param name      the normalised name
 * @param birthDate the birth date, indexed in ISO form ({@code 1984-03-07})
 */
public record NameAndBirthDate(String name, LocalDate birthDate) implements BlindIndexInput {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-‐‑–—'’`]+");

    /** Normalises {@code name}; rejects a name that is blank once normalised. */
    public NameAndBirthDate {
        name = normaliseName(name);
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** The normalisation described on the type, on its own. */
    public static String normaliseName(String name) {
        Objects.requireNonNull(name, "name");
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String normalised = SEPARATORS
                .matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .strip();
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("name is blank once normalised");
        }
        return normalised;
    }

    /** The name, a {@code |}, then the ISO date: the date has a fixed form, so this is unambiguous. */
    @Override
    public String canonicalForm() {
        return name + "|" + birthDate;
    }

    @Override
    public String toString() {
        return "NameAndBirthDate[redacted]";
    }
}
