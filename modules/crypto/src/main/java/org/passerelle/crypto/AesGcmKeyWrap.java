package org.passerelle.crypto;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps data keys with an in-memory AES-256 master key, using AES-GCM rather than AES key wrap
 * (RFC 3394/5649) because GCM's associated data binds each wrapped key to its owner and version.
 *
 * <p>Wrapped format, 61 bytes: {@code 0x01} (format version) | 12-byte random nonce | 32-byte
 * encrypted key | 16-byte tag. Associated data: the length-prefixed parts
 * {@code "passerelle.data-key"}, owner (UTF-8), version (int32). Random nonces are safe here: a master
 * key wraps a few keys per organisation and rotation, far below GCM's 2^32 limit.
 */
final class AesGcmKeyWrap implements MasterKey {

    private static final byte FORMAT_V1 = 1;
    private static final int WRAPPED_BYTES = 1 + AesGcm.NONCE_BYTES + DataKey.LENGTH_BYTES + AesGcm.TAG_BYTES;

    private final SecretKey masterKey;
    private final SecureRandom random;

    AesGcmKeyWrap(SecretKey masterKey, SecureRandom random) {
        this.masterKey = Objects.requireNonNull(masterKey, "masterKey");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public byte[] wrap(DataKey key) {
        byte[] nonce = AesGcm.nonce(random);
        byte[] sealed = AesGcm.encrypt(
                masterKey, nonce, key.secretKey().getEncoded(), associatedData(key.owner(), key.version()));
        return ByteBuffer.allocate(WRAPPED_BYTES)
                .put(FORMAT_V1)
                .put(nonce)
                .put(sealed)
                .array();
    }

    @Override
    public DataKey unwrap(WrappedDataKey wrapped) {
        byte[] bytes = wrapped.wrapped();
        String which = "data key " + wrapped.owner() + " v" + wrapped.version();
        if (bytes.length != WRAPPED_BYTES || bytes[0] != FORMAT_V1) {
            throw new MasterKeyException("Cannot unwrap " + which + ": not in the AES-GCM wrap format 1");
        }
        int sealedStart = 1 + AesGcm.NONCE_BYTES;
        byte[] nonce = Arrays.copyOfRange(bytes, 1, sealedStart);
        try {
            byte[] key = AesGcm.decrypt(
                    masterKey,
                    nonce,
                    bytes,
                    sealedStart,
                    bytes.length - sealedStart,
                    associatedData(wrapped.owner(), wrapped.version()));
            return new DataKey(wrapped.owner(), wrapped.version(), new SecretKeySpec(key, "AES"));
        } catch (AEADBadTagException e) {
            throw new MasterKeyException(
                    "Cannot unwrap " + which
                            + ": another master key wrapped it, or its bytes, owner or version were altered",
                    e);
        }
    }

    private static byte[] associatedData(String owner, int version) {
        return new AssociatedData()
                .add("passerelle.data-key")
                .add(owner)
                .add(version)
                .toBytes();
    }
}
