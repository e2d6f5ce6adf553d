package org.passerelle.crypto;

import org.passerelle.crypto.internal.Hkdf;

/** Deriving keys for distinct uses from one secret, so that no key ever serves two purposes. */
public final class KeyDerivation {

    private KeyDerivation() {}

    /**
     * HKDF-SHA256 (RFC 5869).
     *
     * @param salt optional (null: a string of zeros, as the RFC says)
     * @param info what the key is for; a distinct value per use
     */
    public static byte[] hkdfSha256(byte[] secret, byte[] salt, byte[] info, int length) {
        return Hkdf.sha256(secret, salt, info, length);
    }
}
