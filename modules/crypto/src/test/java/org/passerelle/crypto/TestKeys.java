package org.passerelle.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Keys for tests: fresh random ones, so no test can pass by matching a fixed value. */
final class TestKeys {

    static final String SAUMUR = "ccas-saumur";
    static final String VITRE = "ccas-vitre";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {}

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static MasterKey masterKey() {
        return new EnvironmentMasterKey(Base64.getEncoder().encodeToString(randomBytes(32)));
    }

    /** A ring where each owner has key version 1. */
    static KeyRing ringWithFirstVersions(String... owners) {
        KeyRing ring = new KeyRing(masterKey(), List.of());
        for (String owner : owners) {
            ring.add(ring.nextVersion(owner));
        }
        return ring;
    }
}
