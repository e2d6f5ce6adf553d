package org.passerelle.crypto.openpgp;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.passerelle.crypto.openpgp.internal.KeyGenerator;
import org.passerelle.crypto.openpgp.internal.SecretKeyRing;

/**
 * Our own OpenPGP key with its secret parts, unprotected as the contract keeps it on disk (§1):
 * whoever stores {@link #armored()} must restrict the file to the server's user. Immutable and
 * thread-safe; {@link #toString()} shows the fingerprint only.
 */
public final class OpenPgpSecretKey {

    private final SecretKeyRing ring;
    private final OpenPgpPublicKey publicKey;

    private OpenPgpSecretKey(SecretKeyRing ring) {
        this.ring = ring;
        this.publicKey = new OpenPgpPublicKey(ring.publicKeys());
    }

    /**
     * A new key as the contract describes it: v4, Ed25519 primary key (certify, sign), Curve25519
     * ECDH subkey (encrypt), preferences AES-256, SHA-256, no compression.
     *
     * @param userId e.g. {@code "Passerelle ccas-saumur <exchange@ccas-saumur.example>"}
     */
    public static OpenPgpSecretKey generate(String userId) {
        Objects.requireNonNull(userId, "userId");
        return new OpenPgpSecretKey(KeyGenerator.generate(userId));
    }

    /** @throws OpenPgpException {@code bad-key} if unreadable, passphrase-protected or lacking a key to sign or decrypt */
    public static OpenPgpSecretKey fromArmored(String armored) {
        Objects.requireNonNull(armored, "armored");
        return new OpenPgpSecretKey(SecretKeyRing.read(armored.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The whole secret key, armored: secret material, to be written only to a protected file. */
    public String armored() {
        return ring.armored();
    }

    public OpenPgpPublicKey publicKey() {
        return publicKey;
    }

    public String fingerprint() {
        return publicKey.fingerprint();
    }

    SecretKeyRing ring() {
        return ring;
    }

    @Override
    public String toString() {
        return "OpenPgpSecretKey[" + fingerprint() + "]";
    }
}
