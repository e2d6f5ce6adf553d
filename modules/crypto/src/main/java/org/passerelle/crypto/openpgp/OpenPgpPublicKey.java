package org.passerelle.crypto.openpgp;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import org.passerelle.crypto.openpgp.internal.PublicKeyRing;

/**
 * Someone's OpenPGP public key (a partner's, or the public part of ours), as registered or published
 * armored. Reading it checks that it has an encryption subkey properly bound to its primary key.
 * Immutable and thread-safe.
 */
public final class OpenPgpPublicKey {

    private final PublicKeyRing ring;
    private final String fingerprint;

    OpenPgpPublicKey(PublicKeyRing ring) {
        this.ring = ring;
        this.fingerprint = HexFormat.of().withUpperCase().formatHex(ring.fingerprint());
    }

    /**
     * @throws OpenPgpException {@code bad-key} if the text is not exactly one public key with a usable
     *                          encryption subkey
     */
    public static OpenPgpPublicKey fromArmored(String armored) {
        Objects.requireNonNull(armored, "armored");
        return new OpenPgpPublicKey(PublicKeyRing.read(armored.getBytes(StandardCharsets.US_ASCII)));
    }

    public String armored() {
        return ring.armored();
    }

    /** The primary key's v4 fingerprint: 40 upper-case hex digits, the convention's {@code partnerKeyRef}. */
    public String fingerprint() {
        return fingerprint;
    }

    PublicKeyRing ring() {
        return ring;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenPgpPublicKey key && key.fingerprint.equals(fingerprint);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "OpenPgpPublicKey[" + fingerprint + "]";
    }
}
