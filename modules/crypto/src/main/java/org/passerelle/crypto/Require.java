package org.passerelle.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Argument checks shared by the key and context types, so that every one enforces the same limits. */
final class Require {

    /** The ciphertext header stores the owner's length in one byte. */
    static final int MAX_OWNER_BYTES = 255;

    private Require() {}

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static String owner(String owner) {
        text(owner, "owner");
        if (owner.getBytes(StandardCharsets.UTF_8).length > MAX_OWNER_BYTES) {
            throw new IllegalArgumentException("owner must be at most " + MAX_OWNER_BYTES + " bytes in UTF-8");
        }
        return owner;
    }

    static int version(int version) {
        if (version < 1) {
            throw new IllegalArgumentException("key version must be 1 or more, was " + version);
        }
        return version;
    }
}
