package org.passerelle.simulator.openpgp;

/** What checking a message's signature against the expected sender's key found. */
public enum SignatureCheck {
    /** Made by the expected key, with SHA-256, over exactly these bytes. */
    VALID,
    /** No signature at all: refused, the contract requires one. */
    MISSING,
    /** Made by a key the expected sender's certificate does not hold: maybe that sender has a new key. */
    UNKNOWN_SIGNER,
    /** By the expected key but not over these bytes, or with another hash or signature type. */
    INVALID;

    public boolean valid() {
        return this == VALID;
    }
}
