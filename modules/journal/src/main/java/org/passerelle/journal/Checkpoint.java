package org.passerelle.journal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed statement that the chain had {@code entryCount} positions with {@code headHash} at
 * position {@code entryCount}, at time {@code at}. {@code note} is the signed note itself (see
 * {@link SignedNote} and the module README), stored in {@code journal_checkpoint} and written as a
 * file outside the database.
 */
public record Checkpoint(long entryCount, byte[] headHash, Instant at, String keyId, String note) {

    public Checkpoint {
        headHash = headHash.clone();
    }

    @Override
    public byte[] headHash() {
        return headHash.clone();
    }

    /** By value, head hash included (a record would compare the array by reference). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that
                && entryCount == that.entryCount
                && Arrays.equals(headHash, that.headHash)
                && at.equals(that.at)
                && keyId.equals(that.keyId)
                && note.equals(that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entryCount, Arrays.hashCode(headHash), at, keyId, note);
    }

    @Override
    public String toString() {
        return "Checkpoint[entryCount=" + entryCount + ", headHash="
                + HexFormat.of().formatHex(headHash) + ", at=" + at + ", keyId=" + keyId + "]";
    }
}
