package org.passerelle.application.protection;

/**
 * The master key this server was started with cannot open the organisations' data keys (a restored
 * backup with another key folder, a node configured apart): no personal value can be sealed or
 * opened until the server is restarted with the right key. The message names organisations, key
 * versions and files, never key material.
 */
public class KeysUnavailableException extends RuntimeException {

    public KeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
