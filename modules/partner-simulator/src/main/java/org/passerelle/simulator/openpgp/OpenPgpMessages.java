package org.passerelle.simulator.openpgp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * The SFTP and AMQP payload of the contract (§3.2): a one-pass signed (SHA-256) literal, encrypted with
 * AES-256 in a SEIPD v1 packet (with MDC), no compression. Reading is strict about the same rules, so
 * that a sender drifting from the contract is caught here rather than by a partner in production.
 */
public final class OpenPgpMessages {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpenPgpMessages() {}

    public static byte[] signAndEncrypt(byte[] content, OpenPgpKey signer, OpenPgpCertificate recipient) {
        try {
            PGPEncryptedDataGenerator encryption =
                    new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                            .setWithIntegrityPacket(true)
                            .setSecureRandom(RANDOM));
            encryption.addMethod(
                    new BcPublicKeyKeyEncryptionMethodGenerator(recipient.encryptionKey()).setSecureRandom(RANDOM));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream encrypted = encryption.open(out, new byte[1 << 12])) {
                PGPSignatureGenerator signature = Signatures.generator(signer);
                signature.generateOnePassVersion(false).encode(encrypted);
                try (OutputStream literal = new PGPLiteralDataGenerator()
                        .open(encrypted, PGPLiteralData.BINARY, "", content.length, new Date())) {
                    literal.write(content);
                }
                signature.update(content);
                signature.generate().encode(encrypted);
            }
            return out.toByteArray();
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("cannot sign and encrypt", e);
        }
    }

    /**
     * Decrypts a message addressed to {@code recipient} and returns its literal data with the signatures
     * found; the caller checks them against the sender it expects.
     *
     * @throws PgpFormatException when the message is unreadable, not for this key, or breaks the contract's
     *         algorithms (cipher, integrity packet, compression)
     */
    public static OpenedMessage open(byte[] message, OpenPgpKey recipient) {
        try (InputStream decoded = PGPUtil.getDecoderStream(new ByteArrayInputStream(message))) {
            BcPGPObjectFactory outer = new BcPGPObjectFactory(decoded);
            Object packet = outer.nextObject();
            while (packet instanceof PGPMarker) {
                packet = outer.nextObject();
            }
            if (!(packet instanceof PGPEncryptedDataList encryptedList)) {
                throw new PgpFormatException("not an OpenPGP encrypted message");
            }
            PGPPublicKeyEncryptedData encrypted = null;
            PGPKeyPair keyPair = null;
            for (PGPEncryptedData candidate : encryptedList) {
                if (candidate instanceof PGPPublicKeyEncryptedData forKey) {
                    Optional<PGPKeyPair> ours = recipient.keyPair(forKey.getKeyIdentifier());
                    if (ours.isPresent()) {
                        encrypted = forKey;
                        keyPair = ours.get();
                        break;
                    }
                }
            }
            if (encrypted == null) {
                throw new PgpFormatException("not encrypted to this partner's key");
            }
            if (encrypted.isAEAD() || !encrypted.isIntegrityProtected()) {
                throw new PgpFormatException("not a SEIPD v1 (MDC) packet");
            }
            PublicKeyDataDecryptorFactory decryptor = new BcPublicKeyDataDecryptorFactory(keyPair);
            if (encrypted.getSymmetricAlgorithm(decryptor) != SymmetricKeyAlgorithmTags.AES_256) {
                throw new PgpFormatException("cipher is not AES-256");
            }
            OpenedMessage opened;
            try (InputStream clear = encrypted.getDataStream(decryptor)) {
                opened = readSignedLiteral(new BcPGPObjectFactory(clear));
            }
            if (!encrypted.verify()) {
                throw new PgpFormatException("integrity check (MDC) failed");
            }
            return opened;
        } catch (IOException | PGPException | RuntimeException e) {
            if (e instanceof PgpFormatException format) {
                throw format;
            }
            throw new PgpFormatException("unreadable OpenPGP message", e);
        }
    }

    private static OpenedMessage readSignedLiteral(BcPGPObjectFactory packets) throws IOException {
        byte[] content = null;
        List<PGPSignature> signatures = new ArrayList<>();
        for (Object packet = packets.nextObject(); packet != null; packet = packets.nextObject()) {
            switch (packet) {
                case PGPOnePassSignatureList ignored -> {
                    // announces the trailing signature, which is checked on its own
                }
                case PGPLiteralData literal -> {
                    if (content != null) {
                        throw new PgpFormatException("more than one literal data packet");
                    }
                    content = literal.getDataStream().readAllBytes();
                }
                case PGPSignatureList list -> list.forEach(signatures::add);
                case PGPCompressedData ignored -> throw new PgpFormatException("compressed, the contract says none");
                default ->
                    throw new PgpFormatException(
                            "unexpected packet " + packet.getClass().getSimpleName());
            }
        }
        if (content == null) {
            throw new PgpFormatException("no literal data");
        }
        return new OpenedMessage(content, List.copyOf(signatures));
    }
}
