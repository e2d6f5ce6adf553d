package org.passerelle.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The text of an epoch note, version 1, four lines in the layout of {@link CheckpointNote}:
 * <pre>
 * passerelle-journal-epoch/v1
 * &lt;start position, decimal, 2 or more&gt;
 * &lt;hash(start − 1), standard base64 with padding&gt;
 * &lt;time, ISO-8601 UTC as Instant.toString, microseconds at most&gt;
 * </pre>
 * then the blank line and signature of a {@link SignedNote}, by the journal key.
 */
final class EpochNote {

    static final String ORIGIN = "passerelle-journal-epoch/v1";

    /** The reason the verifier gives for any epoch it cannot trust. */
    static final String BAD_EPOCH = "bad-epoch";

    private EpochNote() {}

    static Epoch sign(JournalKeys keys, long startPosition, byte[] previousHash, Instant at) {
        if (startPosition < 2) {
            throw new IllegalArgumentException("an epoch starts at position 2 or later");
        }
        Instant time = at.truncatedTo(ChronoUnit.MICROS);
        String note = SignedNote.sign(CheckpointNote.text(ORIGIN, startPosition, previousHash, time), keys);
        return new Epoch(startPosition, previousHash, time, keys.keyId(), note);
    }

    /**
     * Parses and checks a note.
     *
     * @throws CheckpointNote.Rejected with reason {@value #BAD_EPOCH} if it is not an epoch note or
     *                                 not signed by {@code keys}; its {@code entryCount} is the start
     *                                 position claimed, 0 if none could be read
     */
    static Epoch read(String note, JournalKeys keys) throws CheckpointNote.Rejected {
        CheckpointNote.Lines lines = CheckpointNote.read(note, ORIGIN, keys, BAD_EPOCH, BAD_EPOCH);
        if (lines.number() < 2) {
            throw new CheckpointNote.Rejected(BAD_EPOCH, lines.number());
        }
        return new Epoch(lines.number(), lines.hash(), lines.at(), keys.keyId(), note);
    }
}
