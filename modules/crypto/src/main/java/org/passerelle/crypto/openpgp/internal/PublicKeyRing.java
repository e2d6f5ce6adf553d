package org.passerelle.crypto.openpgp.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.passerelle.crypto.openpgp.OpenPgpException;
import org.passerelle.crypto.openpgp.OpenPgpException.Failure;

/**
 * Someone's OpenPGP certificate (public key ring), with the key that messages are encrypted to
 * chosen once: a subkey bound to the primary key by a valid binding signature whose key flags allow
 * encryption, and not revoked. A certificate whose primary key its owner revoked is refused whole;
 * a signature is checked only with the primary key or a signing subkey it bound (with the subkey's
 * own back-signature) and did not revoke. Revocations count only when their signature verifies:
 * anyone can append a packet to a certificate. Immutable.
 */
public final class PublicKeyRing {

    private final PGPPublicKeyRing ring;
    private final PGPPublicKey encryptionKey;

    PublicKeyRing(PGPPublicKeyRing ring) {
        this.ring = ring;
        if (revoked(ring.getPublicKey(), ring.getPublicKey())) {
            throw new OpenPgpException(Failure.BAD_KEY);
        }
        this.encryptionKey = findEncryptionKey(ring).orElseThrow(() -> new OpenPgpException(Failure.BAD_KEY));
    }

    /** Reads an armored (or binary) public key; a secret key, several keys or garbage are refused. */
    public static PublicKeyRing read(byte[] encoded) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(encoded))) {
            PGPPublicKeyRing ring = new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
            if (in.read() != -1) {
                throw new OpenPgpException(Failure.BAD_KEY);
            }
            return new PublicKeyRing(ring);
        } catch (IOException | RuntimeException e) {
            if (e instanceof OpenPgpException refused) {
                throw refused;
            }
            throw new OpenPgpException(Failure.BAD_KEY, e);
        }
    }

    public String armored() {
        try {
            return new String(Armor.encode(out -> ring.encode(out, true)), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new OpenPgpException(Failure.BAD_KEY, e);
        }
    }

    public byte[] fingerprint() {
        return ring.getPublicKey().getFingerprint();
    }

    public Iterator<String> userIds() {
        return ring.getPublicKey().getUserIDs();
    }

    PGPPublicKey encryptionKey() {
        return encryptionKey;
    }

    /** The key of this ring with that key id that may sign, if any: the primary key or a signing subkey. */
    Optional<PGPPublicKey> verificationKey(long keyId) {
        PGPPublicKey primary = ring.getPublicKey();
        PGPPublicKey key = ring.getPublicKey(keyId);
        if (key == null || !canSign(key.getAlgorithm()) || revoked(primary, key)) {
            return Optional.empty();
        }
        return key.isMasterKey() || isBoundForSigning(primary, key) ? Optional.of(key) : Optional.empty();
    }

    boolean contains(long keyId) {
        return ring.getPublicKey(keyId) != null;
    }

    private static Optional<PGPPublicKey> findEncryptionKey(PGPPublicKeyRing ring) {
        PGPPublicKey primary = ring.getPublicKey();
        PGPPublicKey chosen = null;
        for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext(); ) {
            PGPPublicKey key = keys.next();
            if (key.isMasterKey()
                    || !key.isEncryptionKey()
                    || revoked(primary, key)
                    || !isBoundForEncryption(primary, key)) {
                continue;
            }
            // the newest usable subkey, as GnuPG picks it
            if (chosen == null || key.getCreationTime().after(chosen.getCreationTime())) {
                chosen = key;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * Whether the primary key revoked {@code key} (itself, or one of its subkeys) by a signature
     * that verifies. A revocation packet that does not verify is ignored, as GnuPG ignores it.
     */
    private static boolean revoked(PGPPublicKey primary, PGPPublicKey key) {
        boolean self = key.isMasterKey();
        int type = self ? PGPSignature.KEY_REVOCATION : PGPSignature.SUBKEY_REVOCATION;
        for (Iterator<PGPSignature> signatures = key.getSignaturesOfType(type); signatures.hasNext(); ) {
            PGPSignature revocation = signatures.next();
            try {
                revocation.init(new BcPGPContentVerifierBuilderProvider(), primary);
                if (self ? revocation.verifyCertification(primary) : revocation.verifyCertification(primary, key)) {
                    return true;
                }
            } catch (PGPException | RuntimeException e) {
                // not a revocation by this primary key
            }
        }
        return false;
    }

    /**
     * A signing subkey counts only when the primary key bound it for signing and the subkey signed
     * that binding back (RFC 4880 §11.1): without the back-signature anyone could bind someone
     * else's signing key to their certificate.
     */
    private static boolean isBoundForSigning(PGPPublicKey primary, PGPPublicKey subkey) {
        for (Iterator<PGPSignature> signatures = subkey.getSignaturesOfType(PGPSignature.SUBKEY_BINDING);
                signatures.hasNext(); ) {
            PGPSignature binding = signatures.next();
            try {
                binding.init(new BcPGPContentVerifierBuilderProvider(), primary);
                if (!binding.verifyCertification(primary, subkey)
                        || binding.getHashedSubPackets() == null
                        || (binding.getHashedSubPackets().getKeyFlags() & KeyFlags.SIGN_DATA) == 0) {
                    continue;
                }
                for (var subpackets : List.of(binding.getHashedSubPackets(), binding.getUnhashedSubPackets())) {
                    for (PGPSignature back : subpackets.getEmbeddedSignatures()) {
                        if (backSigned(primary, subkey, back)) {
                            return true;
                        }
                    }
                }
            } catch (PGPException | RuntimeException e) {
                // a binding that does not verify binds nothing
            }
        }
        return false;
    }

    private static boolean backSigned(PGPPublicKey primary, PGPPublicKey subkey, PGPSignature back)
            throws PGPException {
        if (back.getSignatureType() != PGPSignature.PRIMARYKEY_BINDING) {
            return false;
        }
        back.init(new BcPGPContentVerifierBuilderProvider(), subkey);
        return back.verifyCertification(primary, subkey);
    }

    private static boolean isBoundForEncryption(PGPPublicKey primary, PGPPublicKey subkey) {
        for (Iterator<PGPSignature> signatures = subkey.getSignaturesOfType(PGPSignature.SUBKEY_BINDING);
                signatures.hasNext(); ) {
            PGPSignature binding = signatures.next();
            try {
                binding.init(new BcPGPContentVerifierBuilderProvider(), primary);
                if (!binding.verifyCertification(primary, subkey)) {
                    continue;
                }
            } catch (PGPException | RuntimeException e) {
                continue;
            }
            int flags = binding.getHashedSubPackets() == null
                    ? 0
                    : binding.getHashedSubPackets().getKeyFlags();
            // a binding without key flags predates them: the algorithm alone says it encrypts
            if (flags == 0 || (flags & (KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean canSign(int algorithm) {
        return switch (algorithm) {
            case PublicKeyAlgorithmTags.RSA_GENERAL,
                    PublicKeyAlgorithmTags.RSA_SIGN,
                    PublicKeyAlgorithmTags.DSA,
                    PublicKeyAlgorithmTags.ECDSA,
                    PublicKeyAlgorithmTags.EDDSA_LEGACY,
                    PublicKeyAlgorithmTags.Ed25519,
                    PublicKeyAlgorithmTags.Ed448 -> true;
            default -> false;
        };
    }
}
