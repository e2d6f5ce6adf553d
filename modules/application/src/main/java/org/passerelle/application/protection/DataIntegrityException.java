package org.passerelle.application.protection;

/**
 * A stored ciphertext failed its integrity check: altered, or moved from another row or column.
 * The message names the column and row id only; the caller gets no data.
 */
public class DataIntegrityException extends RuntimeException {

    public DataIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
