package org.passerelle.crypto;

/** A text is not a valid NIR. The message says why, never the text itself (DESIGN S8). */
public class InvalidNirException extends IllegalArgumentException {

    public InvalidNirException(String message) {
        super(message);
    }
}
