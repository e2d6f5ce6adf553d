package org.passerelle.crypto.openpgp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.BCPGOutputStream;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * Messages that break one rule of the contract each, built with Bouncy Castle directly (test code
 * only), to check that the reader refuses them for the right reason.
 */
final class CraftedMessages {

    private CraftedMessages() {}

    static byte[] encryptedUnsigned(byte[] data, OpenPgpSecretKey recipient) {
        return build(recipient, 9 /* AES-256 */, true, out -> literal(out, data));
    }

    static byte[] signedUnencrypted(byte[] data, OpenPgpSecretKey signer) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signed(new BCPGOutputStream(out), data, data, signer);
            return out.toByteArray();
        } catch (IOException | PGPException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] signedEncrypted(
            byte[] data,
            OpenPgpSecretKey recipient,
            OpenPgpSecretKey signer,
            int cipher,
            boolean integrity,
            int compression) {
        return build(recipient, cipher, integrity, out -> {
            if (compression == CompressionAlgorithmTags.UNCOMPRESSED) {
                signed(new BCPGOutputStream(out), data, data, signer);
                return;
            }
            PGPCompressedDataGenerator compressor = new PGPCompressedDataGenerator(compression);
            try (OutputStream compressed = compressor.open(out)) {
                signed(new BCPGOutputStream(compressed), data, data, signer);
            }
        });
    }

    static byte[] signedEncryptedWithSignatureOverOtherBytes(
            byte[] data, OpenPgpSecretKey recipient, OpenPgpSecretKey signer) {
        byte[] other = "something else".getBytes(StandardCharsets.US_ASCII);
        return build(recipient, 9, true, out -> signed(new BCPGOutputStream(out), data, other, signer));
    }

    private interface Body {
        void write(OutputStream out) throws IOException, PGPException;
    }

    private static byte[] build(OpenPgpSecretKey recipient, int cipher, boolean integrity, Body body) {
        try {
            PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(cipher)
                    .setWithIntegrityPacket(integrity)
                    .setSecureRandom(new SecureRandom()));
            encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(encryptionKey(recipient)));
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            try (OutputStream encrypted = encryption.open(message, new byte[4096])) {
                body.write(encrypted);
            }
            return message.toByteArray();
        } catch (IOException | PGPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void literal(OutputStream out, byte[] data) throws IOException {
        try (OutputStream content =
                new PGPLiteralDataGenerator().open(out, PGPLiteralData.BINARY, "", data.length, new Date())) {
            content.write(data);
        }
    }

    /** One-pass signed literal {@code data}, the signature computed over {@code signedBytes}. */
    private static void signed(BCPGOutputStream out, byte[] data, byte[] signedBytes, OpenPgpSecretKey signer)
            throws IOException, PGPException {
        PGPSecretKey primary = ring(signer).getSecretKey();
        PGPSignatureGenerator generator = new PGPSignatureGenerator(
                new BcPGPContentSignerBuilder(primary.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
                primary.getPublicKey());
        generator.init(PGPSignature.BINARY_DOCUMENT, primary.extractPrivateKey(null));
        generator.generateOnePassVersion(false).encode(out);
        literal(out, data);
        generator.update(signedBytes);
        generator.generate().encode(out);
        out.flush();
    }

    private static PGPPublicKey encryptionKey(OpenPgpSecretKey key) {
        for (Iterator<PGPPublicKey> keys = ring(key).getPublicKeys(); keys.hasNext(); ) {
            PGPPublicKey candidate = keys.next();
            if (!candidate.isMasterKey() && candidate.isEncryptionKey()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no encryption subkey");
    }

    private static PGPSecretKeyRing ring(OpenPgpSecretKey key) {
        try {
            return new PGPSecretKeyRing(
                    PGPUtil.getDecoderStream(
                            new ByteArrayInputStream(key.armored().getBytes(StandardCharsets.US_ASCII))),
                    new BcKeyFingerprintCalculator());
        } catch (IOException | PGPException e) {
            throw new IllegalStateException(e);
        }
    }
}
