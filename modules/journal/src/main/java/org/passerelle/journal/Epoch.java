package org.passerelle.journal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed statement that the chain now starts at {@code startPosition}: every position below was
 * purged by retention, and {@code previousHash} is hash({@code startPosition} − 1), from which the
 * verifier recomputes the rest. {@code note} is the signed note (see {@link EpochNote} and the
 * module README), stored in {@code journal_epoch} and written as a file outside the database; the
 * verifier trusts an epoch only if both agree.
 */
public record Epoch(long startPosition, byte[] previousHash, Instant at, String keyId, String note) {

    public Epoch {
        previousHash = previousHash.clone();
    }

    @Override
    public byte[] previousHash() {
        return previousHash.clone();
    }

    /** By value, hash included (a record would compare the array by reference). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Epoch that
                && startPosition == that.startPosition
                && Arrays.equals(previousHash, that.previousHash)
                && at.equals(that.at)
                && keyId.equals(that.keyId)
                && note.equals(that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startPosition, Arrays.hashCode(previousHash), at, keyId, note);
    }

    @Override
    public String toString() {
        return "Epoch[startPosition=" + startPosition + ", previousHash="
                + HexFormat.of().formatHex(previousHash) + ", at=" + at + ", keyId=" + keyId + "]";
    }
}
