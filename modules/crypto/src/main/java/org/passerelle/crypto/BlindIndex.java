package org.passerelle.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passerelle.crypto.internal.Hkdf;

/**
 * A keyed digest of a normalised value, stored beside its ciphertext so that equality search works
 * without decrypting (DESIGN S8: the NIR is searched only through a blind index).
 *
 * <p>Each index has its own HMAC key, derived with HKDF-SHA256 from a root key, no salt, and the
 * info {@code "passerelle.blind-index.v1:" + indexName}; so the same NIR gives unrelated digests in
 * two indexes, and one index's values say nothing about another's. The digest is
 * HMAC-SHA256(index key, UTF-8 of {@link BlindIndexInput#canonicalForm()}) truncated to its first
 * {@value #LENGTH_BYTES} bytes.
 *
 * <p>Why 16 bytes: an exact-match index needs no false positives, and 128 bits make an accidental
 * collision negligible (about 2^64 values before one is expected) while halving the index size
 * against the full 32. Truncation does not weaken it against guessing: NIRs and names are guessable
 * anyway, so the protection is the secrecy of the root key, which must live outside the database
 * like the master key.
 */
public final class BlindIndex {

    public static final int LENGTH_BYTES = 16;
    /** The name of the usager's NIR index; part of each index key's derivation, so it never changes. */
    public static final String NIR = "person.nir";
    /** The name of the usager's name-and-birth-date index. */
    public static final String NAME_AND_BIRTH_DATE = "person.name_birthdate";
    /** Ends the owner under which an organisation's root key is stored beside its data keys. */
    public static final String ROOT_KEY_OWNER_SUFFIX = ":blind-index";
    /** The root key must carry at least 256 bits. */
    public static final int MIN_ROOT_KEY_BYTES = 32;

    private static final String INFO_PREFIX = "passerelle.blind-index.v1:";
    private static final String HMAC = "HmacSHA256";

    private final String name;
    private final SecretKeySpec indexKey;

    /**
     * @param rootKey   the secret shared by all indexes, at least 32 bytes; not kept
     * @param indexName what is indexed, e.g. {@code person.nir} or {@code person.name_birthdate}
     */
    public BlindIndex(byte[] rootKey, String indexName) {
        Objects.requireNonNull(rootKey, "rootKey");
        if (rootKey.length < MIN_ROOT_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the blind index root key must be at least " + MIN_ROOT_KEY_BYTES + " bytes");
        }
        this.name = Require.text(indexName, "indexName");
        byte[] derived = Hkdf.sha256(rootKey, null, (INFO_PREFIX + indexName).getBytes(StandardCharsets.UTF_8), 32);
        this.indexKey = new SecretKeySpec(derived, HMAC);
        Arrays.fill(derived, (byte) 0);
    }

    /** The owner of {@code organisation}'s root key in the key store, e.g. {@code ccas-saumur:blind-index}. */
    public static String rootKeyOwner(String organisation) {
        return Require.text(organisation, "organisation") + ROOT_KEY_OWNER_SUFFIX;
    }

    public String name() {
        return name;
    }

    /** The {@value #LENGTH_BYTES}-byte digest of {@code input}. */
    public byte[] compute(BlindIndexInput input) {
        byte[] canonical = input.canonicalForm().getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(indexKey);
            return Arrays.copyOf(mac.doFinal(canonical), LENGTH_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed in the JDK provider", e);
        }
    }

    /** The digest as 32 lower-case hex characters. */
    public String computeHex(BlindIndexInput input) {
        return HexFormat.of().formatHex(compute(input));
    }

    @Override
    public String toString() {
        return "BlindIndex[" + name + "]";
    }
}
