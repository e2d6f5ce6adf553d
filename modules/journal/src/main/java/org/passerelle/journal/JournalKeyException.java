package org.passerelle.journal;

/**
 * The journal key cannot be read, created or used. Messages name files, never key material.
 */
public class JournalKeyException extends RuntimeException {

    public JournalKeyException(String message) {
        super(message);
    }

    public JournalKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
