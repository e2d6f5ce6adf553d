package org.passerelle.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Encrypts one column value with AES-256-GCM (JDK provider) under the owner's data key from a
 * {@link KeyRing}, bound to its {@link FieldContext}. {@code null} in gives {@code null} out, so
 * nullable columns need no special case. Thread-safe.
 *
 * <p>Ciphertext format 1 (all integers big-endian):
 * <pre>
 * offset  bytes  content
 * 0       1      format version: 0x01
 * 1       1      n: length of the owner's organisation code in UTF-8 (1 to 255)
 * 2       n      owner organisation code, UTF-8 (e.g. "ccas-saumur": 11 bytes)
 * 2+n     4      key version (int32, 1 or more)
 * 6+n     12     random nonce
 * 18+n    m+16   AES-GCM ciphertext of the m plaintext bytes, then the 128-bit tag
 * </pre>
 * The overhead is 34 bytes plus the owner code (45 for {@code ccas-saumur}). The owner and version
 * are in clear so that rotation can find what to re-encrypt without decrypting
 * ({@link #keyVersionOf(byte[])}).
 *
 * <p>Associated data: the length-prefixed parts header (bytes 0 to 6+n), table, column, row id (each
 * a 4-byte length then UTF-8). The header's owner and version must also equal the context's.
 */
public final class FieldCipher {

    private static final byte FORMAT_V1 = 1;
    private static final int MIN_LENGTH = 2 + 1 + Integer.BYTES + AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES;

    private final KeyRing keyRing;
    private final SecureRandom random;

    public FieldCipher(KeyRing keyRing) {
        this(keyRing, new SecureRandom());
    }

    /** @param random draws the nonces */
    public FieldCipher(KeyRing keyRing, SecureRandom random) {
        this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Encrypts the UTF-8 bytes of {@code plaintext}.
     *
     * @throws UnknownDataKeyException if the ring has no key for the context's owner and version
     */
    public byte[] encrypt(String plaintext, FieldContext context) {
        return plaintext == null ? null : encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** @throws UnknownDataKeyException if the ring has no key for the context's owner and version */
    public byte[] encrypt(byte[] plaintext, FieldContext context) {
        if (plaintext == null) {
            return null;
        }
        DataKey key = keyRing.key(context.owner(), context.keyVersion());
        byte[] header = header(context.owner(), context.keyVersion());
        byte[] nonce = AesGcm.nonce(random);
        byte[] sealed = AesGcm.encrypt(key.secretKey(), nonce, plaintext, associatedData(header, context));
        return ByteBuffer.allocate(header.length + nonce.length + sealed.length)
                .put(header)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /** Decrypts to a string; see {@link #decrypt(byte[], FieldContext)}. */
    public String decryptString(byte[] ciphertext, FieldContext context) {
        byte[] plaintext = decrypt(ciphertext, context);
        return plaintext == null ? null : new String(plaintext, StandardCharsets.UTF_8);
    }

    /**
     * @throws FieldDecryptionException if the ciphertext is malformed, altered, or was encrypted for
     *                                  another context (row, column, table, owner or key version)
     * @throws UnknownDataKeyException  if the ring has no key for the context's owner and version
     */
    public byte[] decrypt(byte[] ciphertext, FieldContext context) {
        if (ciphertext == null) {
            return null;
        }
        Header header = parse(ciphertext, context);
        if (!header.owner().equals(context.owner())) {
            throw failure(
                    context,
                    "the ciphertext belongs to organisation " + header.owner() + ", not " + context.owner(),
                    null);
        }
        if (header.keyVersion() != context.keyVersion()) {
            throw failure(
                    context,
                    "the ciphertext is under key version " + header.keyVersion() + ", the row says "
                            + context.keyVersion(),
                    null);
        }
        DataKey key = keyRing.key(context.owner(), context.keyVersion());
        int sealedStart = header.length() + AesGcm.NONCE_BYTES;
        byte[] nonce = Arrays.copyOfRange(ciphertext, header.length(), sealedStart);
        byte[] aad = associatedData(Arrays.copyOf(ciphertext, header.length()), context);
        try {
            return AesGcm.decrypt(
                    key.secretKey(), nonce, ciphertext, sealedStart, ciphertext.length - sealedStart, aad);
        } catch (AEADBadTagException e) {
            throw failure(context, "authentication failed: the ciphertext was altered or belongs to another row", e);
        }
    }

    /**
     * Decrypts with {@code context} and encrypts again under {@code newKeyVersion}, for rotation.
     * The caller stores the result with the row's key version set to {@code newKeyVersion}.
     *
     * @throws FieldDecryptionException as {@link #decrypt(byte[], FieldContext)}
     */
    public byte[] reencrypt(byte[] ciphertext, FieldContext context, int newKeyVersion) {
        byte[] plaintext = decrypt(ciphertext, context);
        try {
            return encrypt(plaintext, context.withKeyVersion(newKeyVersion));
        } finally {
            if (plaintext != null) {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    /**
     * The key version a ciphertext was encrypted under, read from its header without decrypting.
     *
     * @throws IllegalArgumentException if it is not a ciphertext of a known format
     */
    public static int keyVersionOf(byte[] ciphertext) {
        return Header.parse(Objects.requireNonNull(ciphertext, "ciphertext")).keyVersion();
    }

    private static byte[] header(String owner, int keyVersion) {
        byte[] ownerBytes = owner.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + ownerBytes.length + Integer.BYTES)
                .put(FORMAT_V1)
                .put((byte) ownerBytes.length)
                .put(ownerBytes)
                .putInt(keyVersion)
                .array();
    }

    private static byte[] associatedData(byte[] header, FieldContext context) {
        return new AssociatedData()
                .add(header)
                .add(context.table())
                .add(context.column())
                .add(context.rowId())
                .toBytes();
    }

    private static Header parse(byte[] ciphertext, FieldContext context) {
        try {
            return Header.parse(ciphertext);
        } catch (IllegalArgumentException e) {
            throw failure(context, e.getMessage(), e);
        }
    }

    private static FieldDecryptionException failure(FieldContext context, String reason, Throwable cause) {
        return new FieldDecryptionException(
                "Cannot decrypt " + context.field() + " of row " + context.rowId() + ": " + reason, cause);
    }

    /** The clear part of a ciphertext; {@code length} is its size in bytes. */
    private record Header(String owner, int keyVersion, int length) {

        static Header parse(byte[] ciphertext) {
            if (ciphertext.length < MIN_LENGTH || ciphertext[0] != FORMAT_V1) {
                throw new IllegalArgumentException("not a field ciphertext of format " + FORMAT_V1);
            }
            int ownerLength = Byte.toUnsignedInt(ciphertext[1]);
            int length = 2 + ownerLength + Integer.BYTES;
            if (ownerLength == 0 || ciphertext.length < length + AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES) {
                throw new IllegalArgumentException("truncated field ciphertext");
            }
            String owner = new String(ciphertext, 2, ownerLength, StandardCharsets.UTF_8);
            int keyVersion =
                    ByteBuffer.wrap(ciphertext, 2 + ownerLength, Integer.BYTES).getInt();
            return new Header(owner, keyVersion, length);
        }
    }
}
