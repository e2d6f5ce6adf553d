package org.passerelle.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recomputes the chain against the entries, their MACs, the stored hashes and the checkpoints,
 * both the {@code journal_checkpoint} rows and the files of the checkpoint folder (every one's
 * signature is checked first; the files are what a database superuser cannot rewrite).
 *
 * <p>The chain starts at position 1 from 32 zero bytes, or, once retention has purged old entries,
 * at the start of the latest <em>epoch</em> from the hash it states (see {@link JournalPurger}):
 * an epoch counts only if its {@code journal_epoch} row carries a note signed by the journal key
 * and the same note is a file of the checkpoint folder. Checkpoints below the start are not compared
 * with anything (their positions are gone); their signatures are still checked.
 *
 * <p>What it catches, and where it points (the module README has the full tamper model):
 * <ul>
 * <li>an entry changed, or a row forged without the key: {@code mac-mismatch} at its position;
 * <li>a stored hash changed, or entries moved between positions: {@code hash-mismatch};
 * <li>a position deleted: {@code missing-position}; a sealed entry deleted: {@code missing-entry};
 *     old positions deleted without an epoch: {@code missing-position} at the first one;
 * <li>the chain rewritten consistently from position m (entries deleted, positions renumbered,
 *     hashes recomputed): the first checkpoint at or after m no longer matches; the fault lies
 *     between the last matching checkpoint c and it, so {@code checkpoint-mismatch} at c + 1;
 * <li>the tail cut: a checkpoint counts more positions than the chain has,
 *     {@code checkpoint-beyond-chain} at the chain's length + 1;
 * <li>a checkpoint not signed by the journal key: {@code bad-checkpoint-signature} at the count it
 *     claims; a row whose columns disagree with its own signed note: {@code checkpoint-row-mismatch};
 * <li>an epoch row not signed by the journal key, disagreeing with its note, or without the same
 *     note as a file, or an epoch file not signed by the key: {@code bad-epoch} at the start it claims.
 * </ul>
 * When several faults exist, the one at the lowest position is reported. Entries not sealed yet
 * are not checked, and changes after the last checkpoint beyond what the chain itself shows (a
 * cut of the unsigned tail) cannot be seen. Committed entries left unsealed for more than
 * {@link #UNSEALED_GRACE} are counted in {@link Verification#unsealedOld()}, as a warning.
 *
 * <p>Streams the chain with a cursor ({@value #FETCH_SIZE} rows per round trip), never holding the
 * table in memory; it turns auto-commit off for that if needed, and restores it.
 */
public final class JournalVerifier {

    /** Rows per round trip while streaming {@link #CHAIN}. */
    public static final int FETCH_SIZE = 10_000;

    /** How long an entry may stay unsealed before {@link Verification#unsealedOld()} counts it. */
    public static final Duration UNSEALED_GRACE = Duration.ofMinutes(10);

    /**
     * The chain in order, each position with its entry (all columns, {@code mac} last), between a
     * first and a last position; public so that a benchmark can read exactly what a verification reads.
     */
    public static final String CHAIN = "select s.position, s.hash, s.entry_id, " + EntryRows.columns("e")
            + " from journal_seal s left join journal_entry e on e.id = s.entry_id"
            + " where s.position >= ? and s.position <= ? order by s.position";

    private static final int FIRST_ENTRY_COLUMN = 4;

    private static final String UNSEALED = "select count(*) from journal_entry e where e.at < ?"
            + " and not exists (select 1 from journal_seal s where s.entry_id = e.id)";

    private final JournalKeys keys;
    private final Path checkpointFolder;

    public JournalVerifier(JournalKeys keys, Path checkpointFolder) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.checkpointFolder = Objects.requireNonNull(checkpointFolder, "checkpointFolder");
    }

    /**
     * Verifies the whole chain, and counts the entries left unsealed.
     *
     * @throws UncheckedIOException if the checkpoint folder cannot be read
     */
    public Verification verify(Connection connection) throws SQLException {
        return run(connection, Long.MAX_VALUE);
    }

    /**
     * Verifies the chain from its start up to {@code lastPosition} only, against the checkpoints and
     * epochs: what a purge is about to delete. Neither the tail ({@code checkpoint-beyond-chain})
     * nor unsealed entries are looked at.
     */
    Verification verifyThrough(Connection connection, long lastPosition) throws SQLException {
        return run(connection, lastPosition);
    }

    private Verification run(Connection connection, long through) throws SQLException {
        Instant at = Instant.now();
        long started = System.nanoTime();
        boolean whole = through == Long.MAX_VALUE;
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            // Checkpoints and epochs first, then the chain: the chain read later is at least as
            // long as every checkpoint that was committed or written before.
            Checkpoints checkpoints = new Checkpoints();
            readFiles(checkpoints);
            readRows(connection, checkpoints);
            Epochs epochs = new Epochs();
            readEpochFiles(epochs);
            readEpochRows(connection, epochs);
            Walk walk = walk(connection, checkpoints, epochs, through);
            long unsealedOld = whole ? unsealedBefore(connection, at.minus(UNSEALED_GRACE)) : 0;
            Fault fault = Fault.first(Fault.first(checkpoints.fault, epochs.fault), walk.fault);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (fault == null) {
                return new Verification(
                        true, walk.verified, walk.length, null, null, at, took, epochs.start(), unsealedOld);
            }
            long lastGood = fault.position == null ? walk.length : Math.min(fault.position - 1, walk.length);
            return new Verification(
                    false,
                    walk.verified,
                    lastGood,
                    fault.position,
                    fault.reason,
                    at,
                    took,
                    epochs.start(),
                    unsealedOld);
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private void readFiles(Checkpoints checkpoints) {
        try {
            for (Path file : CheckpointFiles.list(checkpointFolder)) {
                checkpoints.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint folder " + checkpointFolder, e);
        }
    }

    private void readRows(Connection connection, Checkpoints checkpoints) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select entry_count, head_hash, at, key_id, note from journal_checkpoint order by entry_count")) {
            while (row.next()) {
                Checkpoint checkpoint = checkpoints.add(row.getString(5));
                if (checkpoint != null
                        && (checkpoint.entryCount() != row.getLong(1)
                                || !Arrays.equals(checkpoint.headHash(), row.getBytes(2))
                                || !checkpoint
                                        .at()
                                        .equals(row.getObject(3, OffsetDateTime.class)
                                                .toInstant())
                                || !checkpoint.keyId().equals(row.getString(4)))) {
                    checkpoints.fault(new Fault("checkpoint-row-mismatch", row.getLong(1)));
                }
            }
        }
    }

    private void readEpochFiles(Epochs epochs) {
        try {
            for (Path file : CheckpointFiles.listEpochs(checkpointFolder)) {
                String note = Files.readString(file, StandardCharsets.UTF_8);
                try {
                    EpochNote.read(note, keys);
                    epochs.files.add(note);
                } catch (CheckpointNote.Rejected e) {
                    epochs.fault(new Fault(e.reason, e.entryCount == 0 ? null : e.entryCount));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint folder " + checkpointFolder, e);
        }
    }

    /** Trusts the rows whose note is signed, matches their columns and is also a file; the last one wins. */
    private void readEpochRows(Connection connection, Epochs epochs) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select start_position, previous_hash, at, key_id, note"
                        + " from journal_epoch order by start_position")) {
            while (row.next()) {
                long start = row.getLong(1);
                String note = row.getString(5);
                try {
                    Epoch epoch = EpochNote.read(note, keys);
                    if (epoch.startPosition() == start
                            && Arrays.equals(epoch.previousHash(), row.getBytes(2))
                            && epoch.at()
                                    .equals(row.getObject(3, OffsetDateTime.class)
                                            .toInstant())
                            && epoch.keyId().equals(row.getString(4))
                            && epochs.files.contains(note)) {
                        epochs.trusted = epoch;
                    } else {
                        epochs.fault(new Fault(EpochNote.BAD_EPOCH, start));
                    }
                } catch (CheckpointNote.Rejected e) {
                    epochs.fault(new Fault(EpochNote.BAD_EPOCH, start));
                }
            }
        }
    }

    private Walk walk(Connection connection, Checkpoints checkpoints, Epochs epochs, long through) throws SQLException {
        long start = epochs.start();
        Walk walk = new Walk(start - 1);
        byte[] previous = epochs.previousHash();
        long lastMatchedCheckpoint = start - 1;
        // A checkpoint at the epoch's last purged position vouches for the same hash.
        for (byte[] signed : checkpoints.hashes.getOrDefault(start - 1, List.of())) {
            if (!MessageDigest.isEqual(signed, previous)) {
                walk.fault = new Fault("checkpoint-mismatch", start);
                return walk;
            }
        }
        try (PreparedStatement chain = connection.prepareStatement(CHAIN)) {
            chain.setFetchSize(FETCH_SIZE);
            chain.setLong(1, start);
            chain.setLong(2, through);
            try (ResultSet row = chain.executeQuery()) {
                while (row.next()) {
                    long position = walk.length + 1;
                    if (row.getLong(1) != position) {
                        walk.fault = new Fault("missing-position", position);
                        return walk;
                    }
                    row.getLong(FIRST_ENTRY_COLUMN);
                    if (row.wasNull()) {
                        walk.fault = new Fault("missing-entry", position);
                        return walk;
                    }
                    byte[] canonical = EntryRows.canonical(row, FIRST_ENTRY_COLUMN);
                    byte[] mac = EntryRows.mac(row, FIRST_ENTRY_COLUMN);
                    if (!MessageDigest.isEqual(keys.mac(canonical), mac)) {
                        walk.fault = new Fault("mac-mismatch", position);
                        return walk;
                    }
                    byte[] hash = Sha256.chain(previous, canonical, mac);
                    if (!MessageDigest.isEqual(hash, row.getBytes(2))) {
                        walk.fault = new Fault("hash-mismatch", position);
                        return walk;
                    }
                    List<byte[]> expected = checkpoints.hashes.get(position);
                    if (expected != null) {
                        for (byte[] signed : expected) {
                            if (!MessageDigest.isEqual(signed, hash)) {
                                walk.fault = new Fault("checkpoint-mismatch", lastMatchedCheckpoint + 1);
                                return walk;
                            }
                        }
                        lastMatchedCheckpoint = position;
                    }
                    previous = hash;
                    walk.length = position;
                    walk.verified++;
                }
            }
        }
        if (through == Long.MAX_VALUE && !checkpoints.hashes.isEmpty() && checkpoints.hashes.lastKey() > walk.length) {
            walk.fault = new Fault("checkpoint-beyond-chain", walk.length + 1);
        }
        return walk;
    }

    private static long unsealedBefore(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(UNSEALED)) {
            count.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The validly signed checkpoints by entry count, and the first fault among the others. */
    private final class Checkpoints {
        final TreeMap<Long, List<byte[]>> hashes = new TreeMap<>();
        Fault fault;

        /** Adds a note if it is a valid checkpoint, and returns it; else records the fault, returns null. */
        Checkpoint add(String note) {
            try {
                Checkpoint checkpoint = CheckpointNote.read(note, keys);
                List<byte[]> known = hashes.computeIfAbsent(checkpoint.entryCount(), count -> new ArrayList<>());
                if (known.stream().noneMatch(hash -> Arrays.equals(hash, checkpoint.headHash()))) {
                    known.add(checkpoint.headHash());
                }
                return checkpoint;
            } catch (CheckpointNote.Rejected e) {
                fault(new Fault(e.reason, e.entryCount == 0 ? null : e.entryCount));
                return null;
            }
        }

        void fault(Fault found) {
            fault = Fault.first(fault, found);
        }
    }

    /** The validly signed epoch notes of the folder, the trusted epoch (if any), the first fault. */
    private static final class Epochs {
        final Set<String> files = new HashSet<>();
        Epoch trusted;
        Fault fault;

        long start() {
            return trusted == null ? 1 : trusted.startPosition();
        }

        byte[] previousHash() {
            return trusted == null ? new byte[Sha256.BYTES] : trusted.previousHash();
        }

        void fault(Fault found) {
            fault = Fault.first(fault, found);
        }
    }

    /** Progress of the walk along the chain. */
    private static final class Walk {
        /** The last position reached: before the start until the first row checks out. */
        long length;

        long verified;
        Fault fault;

        Walk(long length) {
            this.length = length;
        }
    }

    /** A reason and the first position it makes untrustworthy; {@code null} if it names none. */
    private record Fault(String reason, Long position) {

        /** The fault at the lower position; one that names a position wins over one that does not. */
        static Fault first(Fault a, Fault b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            if (a.position == null || b.position == null) {
                return a.position == null ? b : a;
            }
            return b.position < a.position ? b : a;
        }
    }
}
