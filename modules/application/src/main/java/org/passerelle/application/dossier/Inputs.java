package org.passerelle.application.dossier;

import java.util.regex.Pattern;
import org.passerelle.domain.failure.InvalidInputException;

/** Shape rules for free text, shared by the use cases: a clear 422 naming the field, never its value. */
final class Inputs {

    static final int NAME_MAX = 200;
    static final int SHORT_MAX = 500;
    static final int TEXT_MAX = 10_000;
    /** A written reason (break-glass, restriction): long enough to say why, short enough to hold no story. */
    static final int REASON_MIN = 15;

    static final int REASON_MAX = 500;

    /** Keycloak usernames as the realm allows them (lower case): staff are named by username. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,254}");
    /** Where a proof or a decision is kept: a reference, never its text. */
    private static final Pattern DOCUMENT_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:#-]{0,99}");

    private Inputs() {}

    /** {@code value} if it is a document reference (letters, digits and ._/:#-, at most 100); null stays null. */
    static String documentReference(String field, String value) {
        if (value != null && !DOCUMENT_REFERENCE.matcher(value).matches()) {
            throw new InvalidInputException(
                    field, "is not a document reference (letters, digits and ._/:#-, at most 100, no spaces)");
        }
        return value;
    }

    static String username(String field, String value) {
        if (value == null || !USERNAME.matcher(value).matches()) {
            throw new InvalidInputException(field, "is not a username");
        }
        return value;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(field, value, max);
    }

    /**
     * Why someone does something exceptional (break-glass S6, restriction S15): {@value #REASON_MIN}
     * to {@value #REASON_MAX} characters. The help text asks for no personal detail; the journal
     * never copies it.
     */
    static String reason(String field, String value) {
        String text = required(field, value, REASON_MAX);
        if (text.length() < REASON_MIN) {
            throw new InvalidInputException(field, "must say why in at least " + REASON_MIN + " characters");
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, "contains control characters");
        }
        return trimmed;
    }
}
