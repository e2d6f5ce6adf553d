package org.passerelle.application.keys;

/** A rotation of this organisation's key is already running (HTTP 409). */
public class RotationRunningException extends RuntimeException {

    public RotationRunningException() {
        super("A key rotation is already running for this organisation");
    }
}
