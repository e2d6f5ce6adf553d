package org.passerelle.crypto;

/**
 * The {@link KeyRing} has no data key for an organisation, or not at the version asked for: the
 * organisation has no key yet, or this node has not loaded a key that another node created.
 */
public class UnknownDataKeyException extends RuntimeException {

    public UnknownDataKeyException(String owner) {
        super("No data key for organisation " + owner);
    }

    public UnknownDataKeyException(String owner, int version) {
        super("No data key for organisation " + owner + " at version " + version);
    }
}
