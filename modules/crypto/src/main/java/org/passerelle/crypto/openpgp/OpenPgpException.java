package org.passerelle.crypto.openpgp;

/**
 * An OpenPGP key or message was refused. The message is the short {@link #code()} only: never
 * content, key material or the underlying library's text, so it can go to a log or a journal.
 */
public class OpenPgpException extends RuntimeException {

    /** Why, as a stable short code that callers journal or pass on (e.g. to a partner's dead letter). */
    public enum Failure {
        /** The armored or binary key cannot be read, is protected by a passphrase or lacks a usable key. */
        BAD_KEY("bad-key"),
        /** Not an OpenPGP message, or its packets are not in an order the contract allows. */
        MALFORMED("malformed"),
        /** Readable OpenPGP, but not encrypted (a bare signed or literal message). */
        NOT_ENCRYPTED("not-encrypted"),
        /** Encrypted, but to none of our keys. */
        WRONG_RECIPIENT("wrong-recipient"),
        /** Addressed to our key, but its session key does not decrypt. */
        UNDECRYPTABLE("undecryptable"),
        /** Encrypted without integrity protection (no MDC). */
        NO_INTEGRITY("no-integrity"),
        /** Another encryption construction than SEIPD version 1 (e.g. AEAD). */
        UNSUPPORTED_ENCRYPTION("unsupported-encryption"),
        /** Encrypted with another cipher than AES-256. */
        WEAK_CIPHER("weak-cipher"),
        /** The integrity check (MDC) failed, or the decrypted packets are damaged. */
        TAMPERED("tampered"),
        /** No signature, or none over the literal data. */
        NOT_SIGNED("not-signed"),
        /** Signed, but by a key that is not the expected signer's. */
        WRONG_SIGNER("wrong-signer"),
        /** Signed with a hash weaker than SHA-256. */
        WEAK_HASH("weak-hash"),
        /** Signed by the expected signer's key, but the signature does not verify. */
        BAD_SIGNATURE("bad-signature"),
        /** The decrypted content exceeds {@link OpenPgp#MAX_CONTENT_BYTES}. */
        TOO_LARGE("too-large");

        private final String code;

        Failure(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Failure failure;

    public OpenPgpException(Failure failure) {
        this(failure, null);
    }

    /** {@code cause} only for diagnosis of key problems; it must not carry content either. */
    public OpenPgpException(Failure failure, Throwable cause) {
        super(failure.code(), cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    /** The short code, e.g. {@code "bad-signature"}. */
    public String code() {
        return failure.code();
    }
}
