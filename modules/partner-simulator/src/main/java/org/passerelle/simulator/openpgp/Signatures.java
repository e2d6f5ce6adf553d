package org.passerelle.simulator.openpgp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/** Detached signatures (the HTTPS channel's {@code Passerelle-Signature}) and signature checks. */
public final class Signatures {

    private Signatures() {}

    /** A binary detached signature over exactly these bytes, SHA-256, by the key's primary key. */
    public static byte[] signDetached(byte[] content, OpenPgpKey signer) {
        try {
            PGPSignatureGenerator generator = generator(signer);
            generator.update(content);
            return generator.generate().getEncoded();
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** Reads the signature packets of a detached signature (binary, or armored for leniency). */
    public static List<PGPSignature> readDetached(byte[] signature) {
        try (InputStream decoded = PGPUtil.getDecoderStream(new ByteArrayInputStream(signature))) {
            Object packet = new BcPGPObjectFactory(decoded).nextObject();
            if (!(packet instanceof PGPSignatureList list) || list.isEmpty()) {
                throw new PgpFormatException("not an OpenPGP signature");
            }
            List<PGPSignature> signatures = new ArrayList<>();
            list.forEach(signatures::add);
            return signatures;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PgpFormatException format) {
                throw format;
            }
            throw new PgpFormatException("not an OpenPGP signature", e);
        }
    }

    /** Valid when one signature is by a key of {@code sender}, of a binary document, SHA-256, over {@code content}. */
    public static SignatureCheck verify(byte[] content, List<PGPSignature> signatures, OpenPgpCertificate sender) {
        if (signatures.isEmpty()) {
            return SignatureCheck.MISSING;
        }
        SignatureCheck worst = SignatureCheck.UNKNOWN_SIGNER;
        for (PGPSignature signature : signatures) {
            Optional<PGPPublicKey> key = sender.key(signature.getKeyID());
            if (key.isEmpty()) {
                continue;
            }
            worst = SignatureCheck.INVALID;
            if (signature.getHashAlgorithm() != HashAlgorithmTags.SHA256
                    || signature.getSignatureType() != PGPSignature.BINARY_DOCUMENT) {
                continue;
            }
            try {
                signature.init(new BcPGPContentVerifierBuilderProvider(), key.get());
                signature.update(content);
                if (signature.verify()) {
                    return SignatureCheck.VALID;
                }
            } catch (PGPException | RuntimeException e) {
                // a malformed signature is just not a valid one
            }
        }
        return worst;
    }

    static PGPSignatureGenerator generator(OpenPgpKey signer) throws PGPException {
        PGPPublicKey key = signer.signingPublicKey();
        PGPSignatureGenerator generator = new PGPSignatureGenerator(
                new BcPGPContentSignerBuilder(key.getAlgorithm(), HashAlgorithmTags.SHA256), key);
        generator.init(PGPSignature.BINARY_DOCUMENT, signer.signingPrivateKey());
        return generator;
    }
}
