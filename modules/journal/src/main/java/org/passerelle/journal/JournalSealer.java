package org.passerelle.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Chains committed entries and signs checkpoints (DESIGN §3, "seal behind").
 *
 * <p><b>One sealer at a time, across nodes.</b> Both methods first take the transaction-level
 * advisory lock {@value #LOCK_KEY} with {@code pg_try_advisory_xact_lock}, inside the caller's
 * transaction, and do nothing when another transaction holds it; the lock ends with the caller's
 * commit or rollback. Run them in READ COMMITTED (PostgreSQL's default), so that the statements
 * after the lock see what the previous holder committed; the primary key on {@code position} and
 * the unique {@code entry_id} turn any mistake into an error, never a fork. {@link JournalPurger}
 * takes the same lock, so a purge never runs beside a sealer or a checkpoint.
 *
 * <p><b>Look-back window.</b> An entry's id is taken before its transaction commits, so entries
 * become visible slightly out of id order. Each run therefore looks for unsealed entries among
 * ids above (largest sealed id − {@code lookBack}), 10,000 by default, which keeps the search an
 * index range instead of a scan of the whole table. An entry committed when more than
 * {@code lookBack} higher ids have already been sealed is never sealed: with the writer's
 * one-second id blocks that takes a transaction open for (lookBack ÷ journal entries per second)
 * seconds, more than an hour at 2 entries/s, about 3 seconds at 3,000/s.
 */
public final class JournalSealer {

    /** Default look-back window, in ids. */
    public static final long DEFAULT_LOOK_BACK = 10_000;

    /** The advisory lock of the sealer ("PJSEALER" in ASCII), visible in {@code pg_locks}. */
    public static final long LOCK_KEY = 0x504A_5345_414C_4552L;

    /** Entries read and sealed per statement: bounds memory, keeps statements short. */
    private static final int CHUNK = 1_000;

    private static final System.Logger LOG = System.getLogger(JournalSealer.class.getName());

    // The window bound is repeated inside the subquery so that the planner probes only the recent
    // seals: without it, some plans read every sealed id from the start and sealing slows as the
    // chain grows (measured by the bench: 19,000/s at 0.25M entries, 5,300/s at 1.25M).
    private static final String UNSEALED = "select " + EntryRows.COLUMNS + " from journal_entry e "
            + "where e.id > ? and not exists (select 1 from journal_seal s where s.entry_id = e.id and s.entry_id > ?) "
            + "order by e.id limit ?";

    // One multi-row statement per chunk: batching with reWriteBatchedInserts is a URL option the
    // application may not set, and unnest needs no statement per size.
    private static final String INSERT_SEALS = "insert into journal_seal (position, entry_id, hash, sealed_at) "
            + "select position, entry_id, hash, now() from unnest(?::bigint[], ?::bigint[], ?::bytea[]) "
            + "as seal(position, entry_id, hash)";

    private final JournalKeys keys;
    private final Path checkpointFolder;
    private final long lookBack;

    public JournalSealer(JournalKeys keys, Path checkpointFolder) {
        this(keys, checkpointFolder, DEFAULT_LOOK_BACK);
    }

    public JournalSealer(JournalKeys keys, Path checkpointFolder, long lookBack) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.checkpointFolder = Objects.requireNonNull(checkpointFolder, "checkpointFolder");
        if (lookBack < 0) {
            throw new IllegalArgumentException("lookBack must be 0 or more");
        }
        this.lookBack = lookBack;
    }

    /**
     * Seals up to {@code max} committed, unsealed entries in id order, within the look-back window:
     * each gets the next position and hash(n) = SHA-256(hash(n−1) || canonical entry || mac). An
     * entry whose MAC does not match is sealed all the same (the verifier then reports it at its
     * position: hiding it would hide the forgery) and logged by id.
     *
     * @return how many entries were sealed; 0 when another transaction holds the sealer lock
     * @throws IllegalStateException if the connection is in auto-commit mode (the lock would end
     *                               with the first statement)
     */
    public int sealPending(Connection connection, int max) throws SQLException {
        requireTransaction(connection);
        if (max <= 0 || !tryLock(connection)) {
            return 0;
        }
        Link head = head(connection, false).orElse(null);
        if (head == null) {
            head = epochStart(connection).orElse(Link.GENESIS);
        }
        long above = largestSealedId(connection) - lookBack;
        int sealed = 0;
        while (sealed < max) {
            int chunk = Math.min(CHUNK, max - sealed);
            Chunk next = chain(connection, head, above, chunk);
            if (next.size == 0) {
                break;
            }
            insert(connection, next);
            head = next.last();
            sealed += next.size;
            if (next.size < chunk) {
                break;
            }
        }
        return sealed;
    }

    /**
     * If the chain grew since the last checkpoint, signs (entry count, head hash, time), inserts a
     * {@code journal_checkpoint} row and writes the same signed note as the file
     * {@code <folder>/checkpoint-<count, 12 digits>.note}.
     *
     * <p>Only seals committed before this transaction began count: a file, which no rollback
     * undoes, must never vouch for seals that could still roll back. So call it in a transaction
     * of its own after the sealing one committed. If this transaction rolls back after the file was
     * written, the file still states a true fact about committed seals, and the next checkpoint at
     * the same count replaces it.
     *
     * @return the new checkpoint; empty if nothing new was sealed or another transaction holds the
     *         sealer lock
     * @throws UncheckedIOException if the file cannot be written (roll back then)
     */
    public Optional<Checkpoint> checkpoint(Connection connection) throws SQLException {
        requireTransaction(connection);
        if (!tryLock(connection)) {
            return Optional.empty();
        }
        Optional<Link> head = head(connection, true);
        if (head.isEmpty() || head.get().position <= lastCheckpointCount(connection)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = CheckpointNote.sign(keys, head.get().position, head.get().hash, Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into journal_checkpoint (entry_count, head_hash, at, key_id, note) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.entryCount());
            insert.setBytes(2, checkpoint.headHash());
            insert.setObject(3, OffsetDateTime.ofInstant(checkpoint.at(), ZoneOffset.UTC));
            insert.setString(4, checkpoint.keyId());
            insert.setString(5, checkpoint.note());
            insert.executeUpdate();
        }
        try {
            CheckpointFiles.write(checkpointFolder, checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write checkpoint " + checkpoint.entryCount() + " to " + checkpointFolder, e);
        }
        return Optional.of(checkpoint);
    }

    static void requireTransaction(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException(
                    "The journal's sealer and purge run inside a transaction: turn auto-commit off");
        }
    }

    /** Takes the sealer's lock for the rest of the transaction, if free (the purge waits for it instead). */
    static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** The last position and its hash; with {@code committedOnly}, among seals older than this transaction. */
    private static Optional<Link> head(Connection connection, boolean committedOnly) throws SQLException {
        String sql = "select position, hash from journal_seal " + (committedOnly ? "where sealed_at < now() " : "")
                + "order by position desc limit 1";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? Optional.of(new Link(result.getLong(1), result.getBytes(2))) : Optional.empty();
        }
    }

    /**
     * Where the chain resumes when every seal was purged: the last purged position and its hash,
     * from the latest epoch (see {@link JournalPurger}).
     */
    private static Optional<Link> epochStart(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select start_position, previous_hash from journal_epoch order by start_position desc limit 1")) {
            return result.next() ? Optional.of(new Link(result.getLong(1) - 1, result.getBytes(2))) : Optional.empty();
        }
    }

    private static long largestSealedId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select coalesce(max(entry_id), 0) from journal_seal")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long lastCheckpointCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("select coalesce(max(entry_count), 0) from journal_checkpoint")) {
            result.next();
            return result.getLong(1);
        }
    }

    private Chunk chain(Connection connection, Link head, long above, int limit) throws SQLException {
        Chunk chunk = new Chunk(limit);
        byte[] previous = head.hash;
        long position = head.position;
        try (PreparedStatement select = connection.prepareStatement(UNSEALED)) {
            select.setLong(1, above);
            select.setLong(2, above);
            select.setInt(3, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    byte[] canonical = EntryRows.canonical(row, 1);
                    byte[] mac = EntryRows.mac(row, 1);
                    if (!MessageDigest.isEqual(keys.mac(canonical), mac)) {
                        LOG.log(
                                Level.WARNING,
                                "Journal entry {0} fails its MAC check: sealed at position {1} as it is",
                                id,
                                position + 1);
                    }
                    previous = Sha256.chain(previous, canonical, mac);
                    chunk.add(++position, id, previous);
                }
            }
        }
        return chunk;
    }

    private static void insert(Connection connection, Chunk chunk) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SEALS)) {
            Array positions = connection.createArrayOf("int8", chunk.positions());
            Array entryIds = connection.createArrayOf("int8", chunk.entryIds());
            Array hashes = connection.createArrayOf("bytea", chunk.hashes());
            try {
                insert.setArray(1, positions);
                insert.setArray(2, entryIds);
                insert.setArray(3, hashes);
                insert.executeUpdate();
            } finally {
                positions.free();
                entryIds.free();
                hashes.free();
            }
        }
    }

    /** A chain position and its hash. */
    private record Link(long position, byte[] hash) {
        static final Link GENESIS = new Link(0, new byte[Sha256.BYTES]);
    }

    /** Seals computed in one round, in position order. */
    private static final class Chunk {
        private final Long[] positions;
        private final Long[] entryIds;
        private final byte[][] hashes;
        private int size;

        Chunk(int capacity) {
            positions = new Long[capacity];
            entryIds = new Long[capacity];
            hashes = new byte[capacity][];
        }

        void add(long position, long entryId, byte[] hash) {
            positions[size] = position;
            entryIds[size] = entryId;
            hashes[size] = hash;
            size++;
        }

        Link last() {
            return new Link(positions[size - 1], hashes[size - 1]);
        }

        Long[] positions() {
            return Arrays.copyOf(positions, size);
        }

        Long[] entryIds() {
            return Arrays.copyOf(entryIds, size);
        }

        byte[][] hashes() {
            return Arrays.copyOf(hashes, size);
        }
    }
}
