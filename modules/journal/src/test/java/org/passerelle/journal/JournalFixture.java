package org.passerelle.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * A journal in a throwaway database, written, sealed and checkpointed through the public API as
 * the ordinary role, the way the application does it.
 */
final class JournalFixture implements AutoCloseable {

    final TestDatabase database;
    final JournalKeys keys = JournalKeys.generate();
    final Path checkpoints;
    final JournalWriter writer = new JournalWriter(keys);
    final JournalSealer sealer;
    private int written;

    private JournalFixture(TestDatabase database, Path checkpoints) {
        this.database = database;
        this.checkpoints = checkpoints;
        this.sealer = new JournalSealer(keys, checkpoints);
    }

    static JournalFixture create(Path checkpoints) throws SQLException, IOException {
        return new JournalFixture(TestDatabase.create(), checkpoints);
    }

    /**
     * Writes, seals and checkpoints {@code rounds} times {@code perRound} entries, so that
     * checkpoints stand at every multiple of {@code perRound}; then writes and seals
     * {@code unsignedTail} more entries without a checkpoint.
     */
    void build(int rounds, int perRound, int unsignedTail) throws SQLException {
        for (int round = 0; round < rounds; round++) {
            write(perRound);
            sealAll();
            checkpoint().orElseThrow();
        }
        write(unsignedTail);
        sealAll();
    }

    /** A connection as the journal's ordinary role, auto-commit on. */
    Connection connect() throws SQLException {
        return database.connect();
    }

    /** Appends {@code count} sample entries in one transaction. */
    void write(int count) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                writer.append(connection, SampleEntries.entry(written++));
            }
            connection.commit();
        }
    }

    /** Appends {@code count} sample entries written at {@code at}, in one transaction. */
    void writeAt(Instant at, int count) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                writer.append(connection, SampleEntries.entryAt(written++, at));
            }
            connection.commit();
        }
    }

    /** Writes {@code count} entries at {@code at}, seals them and signs a checkpoint. */
    void writeSealAndCheckpointAt(Instant at, int count) throws SQLException {
        writeAt(at, count);
        sealAll();
        checkpoint().orElseThrow();
    }

    /** Purges what a retention of {@code months} makes due, at most {@code max} entries, and commits. */
    Optional<Purge> purge(int months, long max) throws SQLException {
        try (Connection connection = database.owner()) {
            connection.setAutoCommit(false);
            Optional<Purge> purge = new JournalPurger(keys, checkpoints, months).purge(connection, max);
            connection.commit();
            return purge;
        }
    }

    Optional<Purge> purge(int months) throws SQLException {
        return purge(months, Long.MAX_VALUE);
    }

    long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Seals everything pending, committing after each round. */
    int sealAll() throws SQLException {
        int total = 0;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            int sealed;
            do {
                sealed = sealer.sealPending(connection, 1_000);
                connection.commit();
                total += sealed;
            } while (sealed > 0);
        }
        return total;
    }

    Optional<Checkpoint> checkpoint() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            Optional<Checkpoint> checkpoint = sealer.checkpoint(connection);
            connection.commit();
            return checkpoint;
        }
    }

    Verification verify() throws SQLException {
        return verify(checkpoints);
    }

    /** Verifies as the ordinary role, against the checkpoint files of {@code folder}. */
    Verification verify(Path folder) throws SQLException {
        try (Connection connection = database.connect()) {
            return new JournalVerifier(keys, folder).verify(connection);
        }
    }

    long entryIdAt(long position) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("select entry_id from journal_seal where position = ?")) {
            select.setLong(1, position);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no position " + position);
                }
                return result.getLong(1);
            }
        }
    }

    long chainLength() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select coalesce(max(position), 0) from journal_seal")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
