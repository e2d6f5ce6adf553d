package org.passerelle.crypto;

/**
 * A master key cannot be opened (wrong keystore password, damaged or missing key) or refuses to
 * unwrap a data key. Messages name files, aliases, owners and versions, never key material or
 * passwords.
 */
public class MasterKeyException extends RuntimeException {

    public MasterKeyException(String message) {
        super(message);
    }

    public MasterKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
