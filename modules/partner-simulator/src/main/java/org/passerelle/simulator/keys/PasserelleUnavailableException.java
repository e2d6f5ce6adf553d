package org.passerelle.simulator.keys;

/** Passerelle's published keys could not be fetched (it may not be started yet): try again later. */
public class PasserelleUnavailableException extends RuntimeException {

    public PasserelleUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
