package org.passerelle.domain.convention;

/** How orientations under a convention reach the partner. */
public enum Channel {
    /** Passerelle's own inbox: the partner's caseworkers log in to Passerelle. */
    INBOX,
    /** The partner's HTTPS endpoint: JSON, detached signature, idempotency key (the CAF). */
    HTTPS,
    /** The partner's SFTP server: OpenPGP-encrypted and signed files, acknowledgements back (the CPAM). */
    SFTP,
    /** The partner's AMQP broker (the Département). */
    AMQP;

    /** Whether the channel delivers to the partner's own system, at an endpoint the convention names. */
    public boolean external() {
        return this != INBOX;
    }
}
