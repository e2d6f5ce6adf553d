package org.passerelle.crypto.openpgp.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.BCPGOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * Writes the contract's message: SEIPD v1 (AES-256 with MDC) to the recipient's encryption key,
 * containing, uncompressed, a one-pass signature (SHA-256) by the signer's primary key, the literal
 * data (binary, no file name) and the signature.
 */
public final class SignedEncryptedMessage {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BUFFER = 1 << 16;

    private SignedEncryptedMessage() {}

    public static byte[] write(byte[] data, PublicKeyRing recipient, SecretKeyRing signer) {
        try {
            return encrypt(data, recipient, signer);
        } catch (IOException | PGPException e) {
            // in memory with valid keys: only a broken library gets here
            throw new IllegalStateException("OpenPGP encryption failed", e);
        }
    }

    private static byte[] encrypt(byte[] data, PublicKeyRing recipient, SecretKeyRing signer)
            throws IOException, PGPException {
        PGPEncryptedDataGenerator encryption =
                new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true)
                        .setSecureRandom(RANDOM));
        encryption.addMethod(
                new BcPublicKeyKeyEncryptionMethodGenerator(recipient.encryptionKey()).setSecureRandom(RANDOM));

        PGPSignatureGenerator signature = signatureGenerator(signer, PGPSignature.BINARY_DOCUMENT);

        ByteArrayOutputStream message = new ByteArrayOutputStream(data.length + 512);
        try (OutputStream encrypted = encryption.open(message, new byte[BUFFER])) {
            BCPGOutputStream packets = new BCPGOutputStream(encrypted);
            signature.generateOnePassVersion(false).encode(packets);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            try (OutputStream content = literal.open(packets, PGPLiteralData.BINARY, "", data.length, new Date())) {
                content.write(data);
            }
            signature.update(data);
            signature.generate().encode(packets);
            packets.flush();
        }
        return message.toByteArray();
    }

    /** A SHA-256 signature generator over the signer's primary key, issuer named by fingerprint and key id. */
    static PGPSignatureGenerator signatureGenerator(SecretKeyRing signer, int signatureType) throws PGPException {
        PGPSignatureGenerator generator = new PGPSignatureGenerator(
                new BcPGPContentSignerBuilder(signer.signingPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
                signer.signingPublicKey());
        generator.init(signatureType, signer.signingKey());
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, new Date());
        hashed.setIssuerFingerprint(false, signer.signingPublicKey());
        generator.setHashedSubpackets(hashed.generate());
        PGPSignatureSubpacketGenerator unhashed = new PGPSignatureSubpacketGenerator();
        unhashed.setIssuerKeyID(false, signer.signingPublicKey().getKeyID());
        generator.setUnhashedSubpackets(unhashed.generate());
        return generator;
    }
}
