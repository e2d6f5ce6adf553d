package org.passerelle.crypto.openpgp;

import java.util.Objects;
import org.passerelle.crypto.openpgp.internal.DetachedSignature;
import org.passerelle.crypto.openpgp.internal.MessageReader;
import org.passerelle.crypto.openpgp.internal.SignedEncryptedMessage;

/**
 * The OpenPGP operations of the partner exchange. Stateless and thread-safe.
 *
 * <p>A message (SFTP file, AMQP body) is {@link #signThenEncrypt signed then encrypted}: SEIPD v1 with
 * AES-256 and MDC, to the recipient's encryption subkey, holding a one-pass signature (SHA-256) by the
 * sender's primary key, the literal data and the signature; no compression. {@code gpg --decrypt}
 * reads it and reports the good signature. An HTTPS body carries a {@link #detachedSignature detached
 * signature} instead.
 */
public final class OpenPgp {

    /** The largest content {@link #decryptThenVerify} returns: a status document is a few kilobytes. */
    public static final int MAX_CONTENT_BYTES = 16 * 1024 * 1024;

    private OpenPgp() {}

    /** A binary OpenPGP message holding {@code data}, signed by {@code signer} and encrypted to {@code recipient}. */
    public static byte[] signThenEncrypt(byte[] data, OpenPgpPublicKey recipient, OpenPgpSecretKey signer) {
        Objects.requireNonNull(data, "data");
        return SignedEncryptedMessage.write(data, recipient.ring(), signer.ring());
    }

    /**
     * The content of a message encrypted to {@code own} and signed by {@code expectedSigner}, armored or
     * binary, GnuPG's or ours.
     *
     * @throws OpenPgpException with the reason, if the message is not encrypted to {@code own}, not
     *                          AES-256 in SEIPD v1, altered, unsigned, signed by another key, signed
     *                          with a weak hash, badly signed, or too large
     */
    public static byte[] decryptThenVerify(byte[] message, OpenPgpSecretKey own, OpenPgpPublicKey expectedSigner) {
        Objects.requireNonNull(message, "message");
        return new MessageReader(own.ring(), expectedSigner.ring(), MAX_CONTENT_BYTES).read(message);
    }

    /** A binary detached signature (one signature packet, SHA-256) over exactly {@code data}. */
    public static byte[] detachedSignature(byte[] data, OpenPgpSecretKey signer) {
        Objects.requireNonNull(data, "data");
        return DetachedSignature.sign(data, signer.ring());
    }

    /** True if {@code signature} (binary) is a valid signature over exactly {@code data} by a key of {@code signer}. */
    public static boolean verifyDetached(byte[] data, byte[] signature, OpenPgpPublicKey signer) {
        Objects.requireNonNull(data, "data");
        if (signature == null || signature.length == 0) {
            return false;
        }
        return DetachedSignature.verify(data, signature, signer.ring());
    }
}
