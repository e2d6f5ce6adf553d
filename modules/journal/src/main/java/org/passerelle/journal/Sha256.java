package org.passerelle.journal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 through the JDK (its intrinsics beat Bouncy Castle's), one {@link MessageDigest} per
 * thread: {@code getInstance} costs more than hashing one entry.
 */
final class Sha256 {

    static final int BYTES = 32;

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in the JDK", e);
        }
    });

    private Sha256() {}

    static byte[] of(byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** The chain: hash(n) = SHA-256(hash(n-1) || canonical entry || mac); hash(0) is 32 zero bytes. */
    static byte[] chain(byte[] previous, byte[] canonicalEntry, byte[] mac) {
        return of(previous, canonicalEntry, mac);
    }
}
