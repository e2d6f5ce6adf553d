package org.passerelle.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.passerelle.simulator.openpgp.OpenPgpCertificate;

/** Payloads a careless sender might produce, to check that the simulator refuses them. */
final class TestMessages {

    private TestMessages() {}

    /** Encrypted as the contract says, but with no signature at all. */
    static byte[] encryptedUnsigned(byte[] content, OpenPgpCertificate recipient) throws IOException, PGPException {
        PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true));
        encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient.encryptionKey()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypted = encryption.open(out, new byte[4096]);
                OutputStream literal = new PGPLiteralDataGenerator()
                        .open(encrypted, PGPLiteralData.BINARY, "", content.length, new Date())) {
            literal.write(content);
        }
        return out.toByteArray();
    }
}
