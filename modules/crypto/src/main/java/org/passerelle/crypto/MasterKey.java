package org.passerelle.crypto;

/**
 * The key-encryption key that wraps every {@link DataKey}; it must live outside the database
 * (DESIGN S16). Implementations here hold an AES-256 key in memory ({@link KeystoreMasterKey},
 * {@link EnvironmentMasterKey}); an HSM or a cloud KMS can implement this interface later without
 * the key ever leaving it.
 *
 * <p>A wrapped key must be bound to its owner and version: unwrapping it under another owner or
 * version must fail, so that a row copied in the key table cannot make one organisation's data
 * readable with another's key.
 */
public interface MasterKey {

    /** Wraps {@code key}, binding the result to {@code key.owner()} and {@code key.version()}. */
    byte[] wrap(DataKey key);

    /**
     * Unwraps a stored key.
     *
     * @throws MasterKeyException if this is not the master key that wrapped it, or the wrapped
     *                            bytes, owner or version were altered
     */
    DataKey unwrap(WrappedDataKey wrapped);
}
