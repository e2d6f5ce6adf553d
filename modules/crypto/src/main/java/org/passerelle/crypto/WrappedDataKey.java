package org.passerelle.crypto;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link DataKey} as stored in the database: encrypted ("wrapped") by a {@link MasterKey}, so a
 * database dump alone decrypts nothing. The record copies {@code wrapped} in and out.
 *
 * @param owner   the organisation code the key belongs to
 * @param version the key version, from 1; the highest version of an owner is its primary one
 * @param wrapped the wrapped key bytes, in the format of the master key that produced them
 * @param created when the key was generated
 */
public record WrappedDataKey(String owner, int version, byte[] wrapped, Instant created) {

    public WrappedDataKey {
        Require.owner(owner);
        Require.version(version);
        wrapped = Objects.requireNonNull(wrapped, "wrapped").clone();
        Objects.requireNonNull(created, "created");
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedDataKey that
                && owner.equals(that.owner)
                && version == that.version
                && Arrays.equals(wrapped, that.wrapped)
                && created.equals(that.created);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, version, Arrays.hashCode(wrapped), created);
    }

    @Override
    public String toString() {
        return "WrappedDataKey[" + owner + " v" + version + ", created " + created + "]";
    }
}
