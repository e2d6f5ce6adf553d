package org.passerelle.crypto;

/**
 * A field ciphertext does not decrypt in the context given: it was altered, moved from another row,
 * column, table or organisation, or carries another key version than the row. The message names the
 * table, column and row id, never a value or key material.
 */
public class FieldDecryptionException extends RuntimeException {

    public FieldDecryptionException(String message) {
        super(message);
    }

    public FieldDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
