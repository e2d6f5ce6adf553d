package org.passerelle.crypto.openpgp.internal;

import java.io.IOException;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/** Binary detached signatures (one signature packet, SHA-256) over exact bytes, e.g. an HTTP body. */
public final class DetachedSignature {

    private DetachedSignature() {}

    public static byte[] sign(byte[] data, SecretKeyRing signer) {
        try {
            PGPSignatureGenerator generator =
                    SignedEncryptedMessage.signatureGenerator(signer, PGPSignature.BINARY_DOCUMENT);
            generator.update(data);
            return generator.generate().getEncoded(true);
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("OpenPGP signature failed", e);
        }
    }

    /** True only if one of the signatures is by a signing key of {@code signer}, SHA-256 or stronger, and verifies. */
    public static boolean verify(byte[] data, byte[] signature, PublicKeyRing signer) {
        try {
            if (!(new BcPGPObjectFactory(signature).nextObject() instanceof PGPSignatureList signatures)) {
                return false;
            }
            for (PGPSignature candidate : signatures) {
                var key = signer.verificationKey(candidate.getKeyID());
                if (key.isEmpty()
                        || !MessageReader.isStrongHash(candidate.getHashAlgorithm())
                        || candidate.getSignatureType() != PGPSignature.BINARY_DOCUMENT) {
                    continue;
                }
                candidate.init(new BcPGPContentVerifierBuilderProvider(), key.get());
                candidate.update(data);
                if (candidate.verify()) {
                    return true;
                }
            }
            return false;
        } catch (IOException | PGPException | RuntimeException e) {
            return false;
        }
    }
}
