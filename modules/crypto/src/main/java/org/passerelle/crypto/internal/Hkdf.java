package org.passerelle.crypto.internal;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF with HMAC-SHA256 (RFC 5869), from Bouncy Castle's lightweight API. */
public final class Hkdf {

    private Hkdf() {}

    /**
     * Derives {@code length} bytes of key material.
     *
     * @param inputKey the input keying material (a secret root key)
     * @param salt     the extract salt, or {@code null} for the RFC's default (zeros)
     * @param info     the context that makes each derived key distinct
     */
    public static byte[] sha256(byte[] inputKey, byte[] salt, byte[] info, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(SHA256Digest.newInstance());
        generator.init(new HKDFParameters(inputKey, salt, info));
        byte[] derived = new byte[length];
        generator.generateBytes(derived, 0, length);
        return derived;
    }
}
