package org.passerelle.journal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The text of a checkpoint note, version 1, four lines:
 * <pre>
 * passerelle-journal/v1
 * &lt;entry count, decimal&gt;
 * &lt;head hash, standard base64 with padding&gt;
 * &lt;time, ISO-8601 UTC as Instant.toString, microseconds at most&gt;
 * </pre>
 * then the blank line and signature of a {@link SignedNote}. Parsing is strict (one spelling per
 * value) so that a note's text and its meaning match one to one. {@link EpochNote} uses the same
 * four-line layout under another origin line.
 */
final class CheckpointNote {

    static final String ORIGIN = "passerelle-journal/v1";

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,18}");

    private CheckpointNote() {}

    static Checkpoint sign(JournalKeys keys, long entryCount, byte[] headHash, Instant at) {
        Instant time = at.truncatedTo(ChronoUnit.MICROS);
        String note = SignedNote.sign(text(ORIGIN, entryCount, headHash, time), keys);
        return new Checkpoint(entryCount, headHash, time, keys.keyId(), note);
    }

    /**
     * Parses and checks a note.
     *
     * @throws Rejected with reason {@code unreadable-checkpoint} if it is not a checkpoint note, or
     *                  {@code bad-checkpoint-signature} if no valid signature by {@code keys} is on it
     */
    static Checkpoint read(String note, JournalKeys keys) throws Rejected {
        Lines lines = read(note, ORIGIN, keys, "unreadable-checkpoint", "bad-checkpoint-signature");
        return new Checkpoint(lines.number, lines.hash, lines.at, keys.keyId(), note);
    }

    /** The four lines: origin, a positive number, a hash, a time (already truncated to microseconds). */
    static String text(String origin, long number, byte[] hash, Instant time) {
        return origin + "\n" + number + "\n" + Base64.getEncoder().encodeToString(hash) + "\n"
                + DateTimeFormatter.ISO_INSTANT.format(time) + "\n";
    }

    /**
     * Parses a four-line note under {@code origin} and checks its signature by {@code keys}.
     *
     * @throws Rejected with {@code unreadable} (number 0 if none could be read) or {@code badSignature}
     */
    static Lines read(String note, String origin, JournalKeys keys, String unreadable, String badSignature)
            throws Rejected {
        SignedNote signed;
        try {
            signed = SignedNote.parse(note);
        } catch (IllegalArgumentException e) {
            throw new Rejected(unreadable, 0);
        }
        String[] lines = signed.text().split("\n", -1);
        // text ends with "\n": four lines then an empty string
        if (lines.length != 5
                || !lines[0].equals(origin)
                || !NUMBER.matcher(lines[1]).matches()) {
            throw new Rejected(unreadable, 0);
        }
        long number;
        byte[] hash;
        Instant at;
        try {
            number = Long.parseLong(lines[1]);
            hash = Base64.getDecoder().decode(lines[2]);
            at = Instant.parse(lines[3]);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new Rejected(unreadable, 0);
        }
        if (hash.length != Sha256.BYTES
                || !Base64.getEncoder().encodeToString(hash).equals(lines[2])
                || !DateTimeFormatter.ISO_INSTANT.format(at).equals(lines[3])) {
            throw new Rejected(unreadable, number);
        }
        if (!signed.isSignedBy(keys)) {
            throw new Rejected(badSignature, number);
        }
        return new Lines(number, hash, at);
    }

    /** What a four-line note says. */
    record Lines(long number, byte[] hash, Instant at) {}

    /** A note that cannot be trusted; {@code entryCount} is the number it claims, 0 if unreadable. */
    static final class Rejected extends Exception {

        final String reason;
        final long entryCount;

        Rejected(String reason, long entryCount) {
            super(reason, null, false, false);
            this.reason = reason;
            this.entryCount = entryCount;
        }
    }
}
