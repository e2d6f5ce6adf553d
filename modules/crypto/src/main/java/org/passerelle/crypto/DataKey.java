package org.passerelle.crypto;

import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts the fields of one organisation (the owner, an organisation code
 * such as {@code ccas-saumur}) at one key version. It exists in clear only in memory; at rest it is a
 * {@link WrappedDataKey}. {@link #toString()} names the key, never its bytes.
 */
public final class DataKey {

    /** AES-256. */
    public static final int LENGTH_BYTES = 32;

    private final String owner;
    private final int version;
    private final SecretKey secretKey;

    /**
     * @throws IllegalArgumentException if the key is not a 256-bit AES key, the owner is blank or
     *                                  longer than 255 bytes, or the version below 1
     */
    public DataKey(String owner, int version, SecretKey secretKey) {
        this.owner = Require.owner(owner);
        this.version = Require.version(version);
        Objects.requireNonNull(secretKey, "secretKey");
        byte[] encoded = secretKey.getEncoded();
        if (!"AES".equalsIgnoreCase(secretKey.getAlgorithm()) || encoded == null || encoded.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("a data key must be a 256-bit AES key");
        }
        this.secretKey = secretKey;
    }

    /** A new random key for {@code owner} at {@code version}. */
    public static DataKey generate(String owner, int version, SecureRandom random) {
        byte[] bytes = new byte[LENGTH_BYTES];
        random.nextBytes(bytes);
        return new DataKey(owner, version, new SecretKeySpec(bytes, "AES"));
    }

    public String owner() {
        return owner;
    }

    public int version() {
        return version;
    }

    /** The key material, for a {@link MasterKey} to wrap and for field encryption; never log it. */
    public SecretKey secretKey() {
        return secretKey;
    }

    @Override
    public String toString() {
        return "DataKey[" + owner + " v" + version + "]";
    }
}
