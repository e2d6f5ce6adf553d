package org.passerelle.crypto.openpgp.internal;

import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPKeyPairGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPairGeneratorProvider;
import org.passerelle.crypto.openpgp.OpenPgpException;
import org.passerelle.crypto.openpgp.OpenPgpException.Failure;

/**
 * Generates the key the contract describes: OpenPGP v4, an Ed25519 primary key (the "legacy" EdDSA
 * algorithm 22, the one GnuPG 2.2 knows) that certifies and signs, and a Curve25519 ECDH subkey
 * (algorithm 18) that encrypts. Its preferences name only AES-256, SHA-256 and no compression, so
 * that a sender such as GnuPG picks exactly the contract's algorithms.
 */
public final class KeyGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyGenerator() {}

    public static SecretKeyRing generate(String userId) {
        try {
            PGPKeyPairGenerator pairs = new BcPGPKeyPairGeneratorProvider()
                    .setSecureRandom(RANDOM)
                    .get(PublicKeyPacket.VERSION_4, new Date());
            PGPKeyPair primary = pairs.generateLegacyEd25519KeyPair();
            PGPKeyPair encryption = pairs.generateLegacyX25519KeyPair();

            PGPSignatureSubpacketGenerator certification = new PGPSignatureSubpacketGenerator();
            certification.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            certification.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
            certification.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256});
            certification.setPreferredCompressionAlgorithms(false, new int[] {CompressionAlgorithmTags.UNCOMPRESSED});
            certification.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
            certification.setPrimaryUserID(false, true);
            certification.setIssuerFingerprint(false, primary.getPublicKey());

            PGPSignatureSubpacketGenerator binding = new PGPSignatureSubpacketGenerator();
            binding.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);
            binding.setIssuerFingerprint(false, primary.getPublicKey());

            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(
                    PGPSignature.POSITIVE_CERTIFICATION,
                    primary,
                    userId,
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), // secret key checksum format
                    certification.generate(),
                    null,
                    new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA256),
                    null); // no passphrase (contract §1)
            rings.addSubKey(encryption, binding.generate(), null);
            return new SecretKeyRing(rings.generateSecretKeyRing());
        } catch (PGPException e) {
            throw new OpenPgpException(Failure.BAD_KEY, e);
        }
    }
}
