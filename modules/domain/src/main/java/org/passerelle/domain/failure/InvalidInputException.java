package org.passerelle.domain.failure;

/**
 * Well-formed input that breaks a rule (HTTP 422): names the field, never echoes its value.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
