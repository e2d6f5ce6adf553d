package org.passerelle.application.dossier;

/** Shape rules for free text, shared by the use cases: a clear 422 naming the field, never its value. */
final class Inputs {

    static final int NAME_MAX = 200;
    static final int SHORT_MAX = 500;
    static final int TEXT_MAX = 10_000;

    private Inputs() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(field, value, max);
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
