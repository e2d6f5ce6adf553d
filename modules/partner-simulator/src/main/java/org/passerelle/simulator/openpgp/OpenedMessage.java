package org.passerelle.simulator.openpgp;

import java.util.List;
import org.bouncycastle.openpgp.PGPSignature;

/**
 * A decrypted OpenPGP message: its literal data and the signatures that came with it, kept so that
 * they can be checked again after the sender's certificate has been fetched anew.
 */
public record OpenedMessage(byte[] content, List<PGPSignature> signatures) {

    public SignatureCheck verify(OpenPgpCertificate sender) {
        return Signatures.verify(content, signatures, sender);
    }
}
