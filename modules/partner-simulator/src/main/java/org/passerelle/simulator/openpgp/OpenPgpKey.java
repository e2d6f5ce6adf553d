package org.passerelle.simulator.openpgp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.KeyIdentifier;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.PGPKeyPairGenerator;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPairGeneratorProvider;

/**
 * One party's own OpenPGP key, secret half included: the contract's v4 key, an Ed25519 (EdDSA legacy)
 * primary key that certifies and signs, and a Curve25519 ECDH subkey that decrypts. These legacy
 * algorithms, not RFC 9580's, are what GnuPG 2.2 reads.
 */
public final class OpenPgpKey {

    private final PGPSecretKeyRing secretRing;
    private final OpenPgpCertificate certificate;

    private OpenPgpKey(PGPSecretKeyRing secretRing) {
        this.secretRing = secretRing;
        this.certificate = new OpenPgpCertificate(secretRing.toCertificate());
    }

    /** A new key with no passphrase, as the contract's demo keys are. */
    public static OpenPgpKey generate(String userId) {
        SecureRandom random = new SecureRandom();
        // OpenPGP stores creation times in whole seconds
        Date now = new Date(System.currentTimeMillis() / 1000 * 1000);
        try {
            PGPKeyPairGenerator pairs =
                    new BcPGPKeyPairGeneratorProvider().setSecureRandom(random).get(PublicKeyPacket.VERSION_4, now);
            PGPKeyPair primary = pairs.generateLegacyEd25519KeyPair();
            PGPKeyPair encryption = pairs.generateLegacyX25519KeyPair();

            PGPSignatureSubpacketGenerator primaryProperties = new PGPSignatureSubpacketGenerator();
            primaryProperties.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            primaryProperties.setPrimaryUserID(false, true);
            // what a sender reads to pick algorithms for us: exactly the contract's
            primaryProperties.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
            primaryProperties.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256});
            primaryProperties.setPreferredCompressionAlgorithms(
                    false, new int[] {CompressionAlgorithmTags.UNCOMPRESSED});
            primaryProperties.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);

            PGPSignatureSubpacketGenerator encryptionProperties = new PGPSignatureSubpacketGenerator();
            encryptionProperties.setKeyFlags(true, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);

            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(
                    PGPSignature.POSITIVE_CERTIFICATION,
                    primary,
                    userId,
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
                    primaryProperties.generate(),
                    null,
                    new BcPGPContentSignerBuilder(primary.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
                    null);
            rings.addSubKey(encryption, encryptionProperties.generate(), null);
            return new OpenPgpKey(rings.generateSecretKeyRing());
        } catch (PGPException e) {
            throw new IllegalStateException("cannot generate an OpenPGP key", e);
        }
    }

    /** Reads an armored (or binary) transferable secret key without passphrase. */
    public static OpenPgpKey read(String armored) {
        try (InputStream decoded =
                PGPUtil.getDecoderStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            return new OpenPgpKey(new PGPSecretKeyRing(decoded, new BcKeyFingerprintCalculator()));
        } catch (IOException | PGPException | RuntimeException e) {
            throw new PgpFormatException("not an OpenPGP secret key", e);
        }
    }

    public OpenPgpCertificate certificate() {
        return certificate;
    }

    public String fingerprint() {
        return certificate.fingerprint();
    }

    public String armoredSecretKey() {
        try {
            return Armor.armor(secretRing.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the secret key", e);
        }
    }

    PGPPublicKey signingPublicKey() {
        return secretRing.getPublicKey();
    }

    PGPPrivateKey signingPrivateKey() {
        return extract(secretRing.getSecretKey());
    }

    /** The key pair a message names as its recipient, if it is one of ours. */
    Optional<PGPKeyPair> keyPair(KeyIdentifier recipient) {
        return Optional.ofNullable(secretRing.getSecretKey(recipient)).map(secretKey -> {
            try {
                return secretKey.extractKeyPair(null);
            } catch (PGPException e) {
                throw new PgpFormatException("the secret key is protected or unreadable", e);
            }
        });
    }

    private static PGPPrivateKey extract(PGPSecretKey secretKey) {
        try {
            return secretKey.extractPrivateKey(null);
        } catch (PGPException e) {
            throw new PgpFormatException("the secret key is protected or unreadable", e);
        }
    }
}
