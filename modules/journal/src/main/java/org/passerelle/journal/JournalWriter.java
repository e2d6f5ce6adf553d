package org.passerelle.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Appends entries inside the caller's transaction: the connection is the caller's, and this class
 * never commits, so an entry is committed exactly when the access it records is (DESIGN §3, "write
 * ahead, seal behind"). Each entry is stored with HMAC-SHA256 of its canonical encoding, id
 * included; the {@link JournalSealer} chains it later.
 *
 * <p>Thread-safe. Ids come from {@code journal_entry_seq} in blocks of {@value #ID_BLOCK} (the
 * sequence's increment): one {@code nextval} serves 50 entries, and the id is known before the
 * insert so that the MAC covers it. A block older than one second is dropped, unused ids and all:
 * the sealer looks for unsealed entries only a window of ids back (see {@link JournalSealer}), so
 * an id must not lag far behind the ids other nodes hand out meanwhile. Unused ids are harmless
 * gaps; the chain's positions, not the ids, are contiguous.
 */
public final class JournalWriter {

    /** {@code increment by} of {@code journal_entry_seq} (migration V6): the size of an id block. */
    static final int ID_BLOCK = 50;

    private static final long BLOCK_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final JournalKeys keys;
    private final Object lock = new Object();
    private long nextId;
    private long blockEnd;
    private long blockTakenAt;

    public JournalWriter(JournalKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Inserts {@code entry} under a new id (its own {@code id} is ignored) with its MAC, on
     * {@code connection} and in its current transaction.
     *
     * @return the id given to the entry
     */
    public long append(Connection connection, JournalEntry entry) throws SQLException {
        JournalEntry numbered = entry.withId(nextId(connection));
        byte[] mac = keys.mac(CanonicalEntry.encode(numbered));
        // The driver caches the server-side statement per connection and SQL text.
        try (PreparedStatement insert = connection.prepareStatement(EntryRows.INSERT)) {
            EntryRows.bind(insert, numbered, mac);
            insert.executeUpdate();
        }
        return numbered.id();
    }

    private long nextId(Connection connection) throws SQLException {
        synchronized (lock) {
            long now = System.nanoTime();
            if (nextId == blockEnd || now - blockTakenAt > BLOCK_MAX_AGE_NANOS) {
                nextId = takeBlock(connection);
                blockEnd = nextId + ID_BLOCK;
                blockTakenAt = now;
            }
            return nextId++;
        }
    }

    /** A sequence value v reserves v .. v+49: the next caller of nextval, on any node, gets v+50. */
    private static long takeBlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select nextval('journal_entry_seq')")) {
            result.next();
            return result.getLong(1);
        }
    }
}
