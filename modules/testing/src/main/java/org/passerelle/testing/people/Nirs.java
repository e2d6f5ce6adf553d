package org.passerelle.testing.people;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * NIRs of valid format and control key, for fictitious people only. Computed here rather than
 * borrowed from {@code passerelle-crypto} so that the seeder stays a plain API client; the tests
 * check the result with the server's own {@code Nir.parse}.
 *
 * <p>Layout: sex (1 man, 2 woman), year and month of birth, department of birth ({@code 2A} and
 * {@code 2B} for Corsica), commune (3 digits), order number (3 digits), then the key
 * {@code 97 - (n mod 97)} where n reads 2A as 19 and 2B as 18.
 */
final class Nirs {

    private static final Pattern THIRTEEN = Pattern.compile("[12][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}");

    private Nirs() {}

    /** The 15 characters (no separators) of a person born at the given place with the given order number. */
    static String of(boolean woman, LocalDate birthDate, String department, int commune, int order) {
        if (commune < 1 || commune > 999 || order < 1 || order > 999) {
            throw new IllegalArgumentException("commune and order number must be 001-999");
        }
        String thirteen = String.format(
                Locale.ROOT,
                "%d%02d%02d%s%03d%03d",
                woman ? 2 : 1,
                birthDate.getYear() % 100,
                birthDate.getMonthValue(),
                department,
                commune,
                order);
        return thirteen + String.format(Locale.ROOT, "%02d", controlKey(thirteen));
    }

    /** {@code 97 - (n mod 97)}, Corsica's 2A and 2B read as 19 and 18. */
    static int controlKey(String thirteen) {
        if (thirteen == null || !THIRTEEN.matcher(thirteen).matches()) {
            throw new IllegalArgumentException("not the 13 characters of a NIR");
        }
        String digits = thirteen.substring(0, 5)
                + thirteen.substring(5, 7).replace("2A", "19").replace("2B", "18")
                + thirteen.substring(7);
        return (int) (97 - Long.parseLong(digits) % 97);
    }
}
