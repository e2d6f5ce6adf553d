package org.passerelle.crypto.openpgp.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.bcpg.SecretKeyPacket;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.passerelle.crypto.openpgp.OpenPgpException;
import org.passerelle.crypto.openpgp.OpenPgpException.Failure;

/**
 * Our own OpenPGP key: the secret key ring, its private keys extracted once (the contract keeps them
 * without a passphrase), the primary key for signing and every subkey for decryption. Immutable.
 */
public final class SecretKeyRing {

    private final PGPSecretKeyRing ring;
    private final PublicKeyRing publicKeys;
    private final PGPPrivateKey signingKey;
    private final PGPPublicKey signingPublicKey;
    private final Map<Long, PGPPrivateKey> decryptionKeys;

    SecretKeyRing(PGPSecretKeyRing ring) {
        this.ring = ring;
        this.publicKeys = new PublicKeyRing(ring.toCertificate());
        PGPSecretKey primary = ring.getSecretKey();
        if (!primary.isSigningKey()) {
            throw new OpenPgpException(Failure.BAD_KEY);
        }
        this.signingKey = extract(primary);
        this.signingPublicKey = primary.getPublicKey();
        Map<Long, PGPPrivateKey> decryption = new HashMap<>();
        for (Iterator<PGPSecretKey> keys = ring.getSecretKeys(); keys.hasNext(); ) {
            PGPSecretKey key = keys.next();
            if (key.getPublicKey().isEncryptionKey() && !key.isPrivateKeyEmpty()) {
                decryption.put(key.getKeyID(), extract(key));
            }
        }
        if (decryption.isEmpty()) {
            throw new OpenPgpException(Failure.BAD_KEY);
        }
        this.decryptionKeys = Map.copyOf(decryption);
    }

    /** Reads an armored (or binary) secret key that has no passphrase. */
    public static SecretKeyRing read(byte[] encoded) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(encoded))) {
            return new SecretKeyRing(new PGPSecretKeyRing(in, new BcKeyFingerprintCalculator()));
        } catch (IOException | PGPException | RuntimeException e) {
            if (e instanceof OpenPgpException refused) {
                throw refused;
            }
            throw new OpenPgpException(Failure.BAD_KEY, e);
        }
    }

    public String armored() {
        try {
            return new String(Armor.encode(ring::encode), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new OpenPgpException(Failure.BAD_KEY, e);
        }
    }

    public PublicKeyRing publicKeys() {
        return publicKeys;
    }

    PGPPrivateKey signingKey() {
        return signingKey;
    }

    PGPPublicKey signingPublicKey() {
        return signingPublicKey;
    }

    Optional<PGPPrivateKey> decryptionKey(long keyId) {
        return Optional.ofNullable(decryptionKeys.get(keyId));
    }

    private static PGPPrivateKey extract(PGPSecretKey key) {
        if (key.getS2KUsage() != SecretKeyPacket.USAGE_NONE) {
            // a passphrase-protected key: the contract stores ours unprotected, we take no passphrase
            throw new OpenPgpException(Failure.BAD_KEY);
        }
        try {
            return key.extractPrivateKey(null);
        } catch (PGPException e) {
            throw new OpenPgpException(Failure.BAD_KEY, e);
        }
    }
}
