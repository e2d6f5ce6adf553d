package org.passerelle.simulator.openpgp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.util.encoders.Hex;

/** The public half of someone's OpenPGP key: what we encrypt to and verify against. */
public final class OpenPgpCertificate {

    private final PGPPublicKeyRing ring;

    public OpenPgpCertificate(PGPPublicKeyRing ring) {
        this.ring = ring;
    }

    /** Reads an armored (or binary) transferable public key. */
    public static OpenPgpCertificate read(String armored) {
        try (InputStream decoded =
                PGPUtil.getDecoderStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            return new OpenPgpCertificate(new PGPPublicKeyRing(decoded, new BcKeyFingerprintCalculator()));
        } catch (IOException | RuntimeException e) {
            throw new PgpFormatException("not an OpenPGP public key", e);
        }
    }

    public PGPPublicKeyRing ring() {
        return ring;
    }

    /** The primary key's v4 fingerprint, 40 upper-case hex digits: a convention's {@code partnerKeyRef}. */
    public String fingerprint() {
        return Hex.toHexString(ring.getPublicKey().getFingerprint()).toUpperCase();
    }

    /** The subkey to encrypt to (the primary key only certifies and signs). */
    public PGPPublicKey encryptionKey() {
        for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext(); ) {
            PGPPublicKey key = keys.next();
            if (!key.isMasterKey() && key.isEncryptionKey() && !key.hasRevocation()) {
                return key;
            }
        }
        throw new PgpFormatException("the certificate has no encryption subkey");
    }

    /** The key of this certificate a signature names as its issuer, if any. */
    public Optional<PGPPublicKey> key(long keyId) {
        return Optional.ofNullable(ring.getPublicKey(keyId));
    }

    public String armored() {
        try {
            return Armor.armor(ring.getEncoded());
        } catch (IOException e) {
            throw new PgpFormatException("cannot encode the certificate", e);
        }
    }
}
