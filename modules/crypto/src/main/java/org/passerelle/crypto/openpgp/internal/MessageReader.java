package org.passerelle.crypto.openpgp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricEncIntegrityPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPObjectFactory;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSessionKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcSessionKeyDataDecryptorFactory;
import org.bouncycastle.util.io.Streams;
import org.passerelle.crypto.openpgp.OpenPgpException;
import org.passerelle.crypto.openpgp.OpenPgpException.Failure;

/**
 * Reads a message signed then encrypted (ours or GnuPG's) and accepts it only if it is encrypted to
 * our key with AES-256 in SEIPD v1, intact (MDC), and carries a one-pass signature by the expected
 * signer with SHA-256 or stronger that verifies over the literal data. The integrity check comes
 * before the signature's verdict, so a damaged message is reported as tampered, not as badly signed.
 *
 * <p>Compressed content is accepted on reading (GnuPG compresses unless the recipient's preferences
 * say otherwise), bounded by {@code maxContentBytes} like everything else.
 */
public final class MessageReader {

    private final SecretKeyRing own;
    private final PublicKeyRing expectedSigner;
    private final int maxContentBytes;

    public MessageReader(SecretKeyRing own, PublicKeyRing expectedSigner, int maxContentBytes) {
        this.own = own;
        this.expectedSigner = expectedSigner;
        this.maxContentBytes = maxContentBytes;
    }

    public byte[] read(byte[] message) {
        PGPPublicKeyEncryptedData encrypted = addressedToUs(encryptedDataList(message));
        if (encrypted.isAEAD()
                || encrypted.getEncData() instanceof SymmetricEncIntegrityPacket seipd
                        && seipd.getVersion() != SymmetricEncIntegrityPacket.VERSION_1) {
            throw new OpenPgpException(Failure.UNSUPPORTED_ENCRYPTION);
        }
        if (!encrypted.isIntegrityProtected()) {
            throw new OpenPgpException(Failure.NO_INTEGRITY);
        }
        PGPSessionKey sessionKey = sessionKey(encrypted);
        if (sessionKey.getAlgorithm() != SymmetricKeyAlgorithmTags.AES_256) {
            throw new OpenPgpException(Failure.WEAK_CIPHER);
        }
        InputStream clear;
        try {
            clear = encrypted.getDataStream(new BcSessionKeyDataDecryptorFactory(sessionKey));
        } catch (PGPException | RuntimeException e) {
            throw new OpenPgpException(Failure.UNDECRYPTABLE);
        }
        SignedContent content;
        try {
            content = readSignedContent(new BcPGPObjectFactory(clear));
        } catch (OpenPgpException e) {
            if (e.failure() == Failure.TOO_LARGE) {
                throw e;
            }
            content = SignedContent.refused(e.failure());
        } catch (IOException | PGPException | RuntimeException e) {
            content = SignedContent.refused(Failure.MALFORMED);
        }
        // the integrity check decides first: damaged packets under a failed MDC mean tampering
        try {
            Streams.drain(clear);
            if (!encrypted.verify()) {
                throw new OpenPgpException(Failure.TAMPERED);
            }
        } catch (IOException | PGPException | RuntimeException e) {
            throw new OpenPgpException(Failure.TAMPERED);
        }
        return content.verified();
    }

    private static PGPEncryptedDataList encryptedDataList(byte[] message) {
        Object first;
        try {
            InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(message));
            PGPObjectFactory packets = new BcPGPObjectFactory(in);
            first = packets.nextObject();
            while (first instanceof PGPMarker) {
                first = packets.nextObject();
            }
        } catch (IOException | RuntimeException e) {
            throw new OpenPgpException(Failure.MALFORMED);
        }
        if (first instanceof PGPEncryptedDataList list) {
            return list;
        }
        if (first instanceof PGPLiteralData
                || first instanceof PGPOnePassSignatureList
                || first instanceof PGPSignatureList
                || first instanceof PGPCompressedData) {
            throw new OpenPgpException(Failure.NOT_ENCRYPTED);
        }
        throw new OpenPgpException(Failure.MALFORMED);
    }

    private PGPPublicKeyEncryptedData addressedToUs(PGPEncryptedDataList list) {
        for (PGPEncryptedData candidate : list) {
            if (candidate instanceof PGPPublicKeyEncryptedData pked
                    && own.decryptionKey(pked.getKeyID()).isPresent()) {
                return pked;
            }
        }
        throw new OpenPgpException(Failure.WRONG_RECIPIENT);
    }

    private PGPSessionKey sessionKey(PGPPublicKeyEncryptedData encrypted) {
        PGPPrivateKey key = own.decryptionKey(encrypted.getKeyID()).orElseThrow();
        try {
            return encrypted.getSessionKey(new BcPublicKeyDataDecryptorFactory(key));
        } catch (PGPException | RuntimeException e) {
            throw new OpenPgpException(Failure.UNDECRYPTABLE);
        }
    }

    /** The content and, still to be checked after the integrity check, its signature's verdict. */
    private record SignedContent(byte[] data, Failure failure) {
        static SignedContent refused(Failure failure) {
            return new SignedContent(null, failure);
        }

        byte[] verified() {
            if (failure != null) {
                throw new OpenPgpException(failure);
            }
            return data;
        }
    }

    private SignedContent readSignedContent(PGPObjectFactory packets) throws IOException, PGPException {
        Object next = packets.nextObject();
        if (next instanceof PGPCompressedData compressed) {
            packets = new BcPGPObjectFactory(compressed.getDataStream());
            next = packets.nextObject();
        }
        if (next instanceof PGPLiteralData literal) {
            return new SignedContent(readBounded(literal.getInputStream(), null), Failure.NOT_SIGNED);
        }
        if (!(next instanceof PGPOnePassSignatureList onePassList) || onePassList.isEmpty()) {
            throw new OpenPgpException(Failure.MALFORMED);
        }
        Optional<PGPOnePassSignature> ours = Optional.empty();
        Optional<PGPPublicKey> signerKey = Optional.empty();
        for (PGPOnePassSignature candidate : onePassList) {
            signerKey = expectedSigner.verificationKey(candidate.getKeyID());
            if (signerKey.isPresent()) {
                ours = Optional.of(candidate);
                break;
            }
        }
        Object literalObject = packets.nextObject();
        if (!(literalObject instanceof PGPLiteralData literal)) {
            throw new OpenPgpException(Failure.MALFORMED);
        }
        if (ours.isEmpty()) {
            return new SignedContent(readBounded(literal.getInputStream(), null), Failure.WRONG_SIGNER);
        }
        PGPOnePassSignature onePass = ours.get();
        onePass.init(new BcPGPContentVerifierBuilderProvider(), signerKey.get());
        byte[] data = readBounded(literal.getInputStream(), onePass);
        if (!(packets.nextObject() instanceof PGPSignatureList signatures)) {
            return new SignedContent(data, Failure.NOT_SIGNED);
        }
        PGPSignature signature = null;
        for (PGPSignature candidate : signatures) {
            if (candidate.getKeyID() == onePass.getKeyID()) {
                signature = candidate;
            }
        }
        if (signature == null) {
            return new SignedContent(data, Failure.NOT_SIGNED);
        }
        if (!isStrongHash(signature.getHashAlgorithm())) {
            return new SignedContent(data, Failure.WEAK_HASH);
        }
        return new SignedContent(data, onePass.verify(signature) ? null : Failure.BAD_SIGNATURE);
    }

    private byte[] readBounded(InputStream in, PGPOnePassSignature onePass) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (out.size() + n > maxContentBytes) {
                throw new OpenPgpException(Failure.TOO_LARGE);
            }
            out.write(buffer, 0, n);
            if (onePass != null) {
                onePass.update(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    static boolean isStrongHash(int algorithm) {
        return switch (algorithm) {
            case HashAlgorithmTags.SHA256,
                    HashAlgorithmTags.SHA384,
                    HashAlgorithmTags.SHA512,
                    HashAlgorithmTags.SHA3_256,
                    HashAlgorithmTags.SHA3_512 -> true;
            default -> false;
        };
    }
}
