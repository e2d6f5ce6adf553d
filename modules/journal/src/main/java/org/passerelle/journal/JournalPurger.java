package org.passerelle.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Retention (DESIGN S11: entries kept 12 months by default, 6 to 36 configurable): deletes the
 * oldest entries and their seals, and marks the new start of the chain with a signed
 * {@link Epoch} so that what remains still verifies.
 *
 * <p>A purge cuts the chain at a position p: the highest one such that every sealed entry at
 * positions up to p was written before the cutoff (now − the retention period, computed by the
 * database as the trigger does). Then, in the caller's transaction:
 * <ol>
 * <li>it verifies the positions from the current start to p ({@link JournalVerifier}): if they do
 *     not check out it purges nothing and throws {@link PurgeRefusedException}, so the evidence stays;
 * <li>signs the epoch (start p + 1, hash(p), time) and inserts it into {@code journal_epoch};
 * <li>if its role lacks DELETE on {@code journal_entry} and {@code journal_seal}, grants it to
 *     itself (it owns them: it ran the migrations), sets {@code passerelle.journal_retention} to
 *     {@code purging} for the transaction, deletes the seals then the entries at positions up to
 *     p, unsets the setting and revokes what it granted;
 * <li>writes the epoch note as {@code <folder>/epoch-<start, 12 digits>.note}.
 * </ol>
 * The trigger of migration V8 lets a row go only with that setting, only if it is older than six
 * months (a floor whatever the configuration) and, for a seal, only below the latest epoch's
 * start; UPDATE and TRUNCATE stay refused. The grant, the setting and the deletes commit or roll
 * back together; a rollback after the file was written leaves a file without a row, which the
 * verifier ignores.
 *
 * <p>It takes the sealer's advisory lock ({@link JournalSealer#LOCK_KEY}), so it never runs beside a
 * sealer, a checkpoint or another purge. Unlike the sealer, which tries every second and skips when
 * the lock is taken, it waits for the lock (at most {@value #LOCK_WAIT}): a daily job must not be
 * skipped because a sealer was busy, and a purge that waited for another finds nothing left due.
 * Unsealed entries are never purged, however old (the verifier counts them).
 */
public final class JournalPurger {

    public static final int MIN_RETENTION_MONTHS = 6;
    public static final int MAX_RETENTION_MONTHS = 36;
    public static final int DEFAULT_RETENTION_MONTHS = 12;

    /** The transaction-local setting the trigger of V8 requires for a DELETE. */
    static final String SETTING = "passerelle.journal_retention";

    /** The longest wait for the sealer's lock ({@code lock_timeout} syntax); then the purge fails. */
    static final String LOCK_WAIT = "1min";

    /** Positions deleted per statement: bounds memory and statement length. */
    private static final int CHUNK = 10_000;

    private static final String FIRST_KEPT = "select s.position from journal_seal s"
            + " left join journal_entry e on e.id = s.entry_id"
            + " where s.position >= ? and (e.id is null or e.at >= ?) order by s.position limit 1";

    private final JournalKeys keys;
    private final Path checkpointFolder;
    private final int retentionMonths;

    /**
     * @throws IllegalArgumentException if {@code retentionMonths} is outside
     *                                  {@value #MIN_RETENTION_MONTHS}..{@value #MAX_RETENTION_MONTHS}
     */
    public JournalPurger(JournalKeys keys, Path checkpointFolder, int retentionMonths) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.checkpointFolder = Objects.requireNonNull(checkpointFolder, "checkpointFolder");
        this.retentionMonths = requireValidRetention(retentionMonths);
    }

    /**
     * @return {@code months}, if within {@value #MIN_RETENTION_MONTHS}..{@value #MAX_RETENTION_MONTHS}
     * @throws IllegalArgumentException otherwise (never clamped: a wrong period is a configuration error)
     */
    public static int requireValidRetention(int months) {
        if (months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
            throw new IllegalArgumentException("The journal retention period must be between " + MIN_RETENTION_MONTHS
                    + " and " + MAX_RETENTION_MONTHS + " months (DESIGN S11); it is " + months);
        }
        return months;
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    /**
     * Purges at most {@code maxEntries} of the entries due, oldest first, in the caller's
     * transaction (which must not be in auto-commit mode); commit to make it count, roll back on
     * any exception.
     *
     * @return what was purged; empty if nothing was due
     * @throws PurgeRefusedException if the positions due do not verify (nothing was changed)
     * @throws SQLException          among others if the sealer's lock was not free within {@value #LOCK_WAIT}
     * @throws UncheckedIOException  if the epoch file cannot be written
     * @throws IllegalStateException if the connection is in auto-commit mode, or its role may
     *                               neither delete journal rows nor grant itself that right
     */
    public Optional<Purge> purge(Connection connection, long maxEntries) throws SQLException {
        JournalSealer.requireTransaction(connection);
        if (maxEntries <= 0) {
            return Optional.empty();
        }
        lock(connection);
        long start = currentStart(connection);
        Instant cutoff = cutoff(connection);
        long last = lastDue(connection, start, cutoff);
        if (last < start) {
            return Optional.empty();
        }
        if (last - start + 1 > maxEntries) {
            last = start - 1 + maxEntries;
        }
        Verification check = new JournalVerifier(keys, checkpointFolder).verifyThrough(connection, last);
        if (!check.ok() && (check.firstBadPosition() == null || check.firstBadPosition() <= last)) {
            throw new PurgeRefusedException(start, last, check);
        }
        Epoch epoch = EpochNote.sign(keys, last + 1, hashAt(connection, last), Instant.now());
        insert(connection, epoch);
        boolean granted = allowDelete(connection);
        setting(connection, "purging");
        long deleted = delete(connection, start, last);
        setting(connection, "");
        if (granted) {
            execute(connection, "revoke delete on journal_entry, journal_seal from current_user");
        }
        try {
            CheckpointFiles.write(checkpointFolder, epoch);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write epoch " + epoch.startPosition() + " to " + checkpointFolder, e);
        }
        return Optional.of(new Purge(epoch, deleted, cutoff));
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement timeout = connection.prepareStatement("select set_config('lock_timeout', ?, true)");
                PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            timeout.setString(1, LOCK_WAIT);
            timeout.executeQuery().close();
            lock.setLong(1, JournalSealer.LOCK_KEY);
            lock.executeQuery().close();
        }
    }

    private static long currentStart(Connection connection) throws SQLException {
        return queryLong(connection, "select coalesce(max(start_position), 1) from journal_epoch");
    }

    /** now() − the period, by the database's calendar: the trigger's six-month floor uses the same arithmetic. */
    private Instant cutoff(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select now() - make_interval(months => ?)")) {
            select.setInt(1, retentionMonths);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    /** The last position before the first sealed entry written at or after the cutoff (or whose entry is gone). */
    private static long lastDue(Connection connection, long start, Instant cutoff) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIRST_KEPT)) {
            select.setLong(1, start);
            select.setObject(2, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            try (ResultSet result = select.executeQuery()) {
                if (result.next()) {
                    return result.getLong(1) - 1;
                }
            }
        }
        return queryLong(connection, "select coalesce(max(position), 0) from journal_seal");
    }

    private static byte[] hashAt(Connection connection, long position) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select hash from journal_seal where position = ?")) {
            select.setLong(1, position);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No seal at position " + position);
                }
                return result.getBytes(1);
            }
        }
    }

    private static void insert(Connection connection, Epoch epoch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into journal_epoch (start_position, previous_hash, at, key_id, note) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, epoch.startPosition());
            insert.setBytes(2, epoch.previousHash());
            insert.setObject(3, OffsetDateTime.ofInstant(epoch.at(), ZoneOffset.UTC));
            insert.setString(4, epoch.keyId());
            insert.setString(5, epoch.note());
            insert.executeUpdate();
        }
    }

    /**
     * Grants DELETE on the two tables to the current role for this transaction if it lacks it.
     *
     * @return true if it granted (and must revoke)
     */
    private static boolean allowDelete(Connection connection) throws SQLException {
        if (mayDelete(connection)) {
            return false;
        }
        execute(connection, "grant delete on journal_entry, journal_seal to current_user");
        if (!mayDelete(connection)) {
            throw new IllegalStateException("The journal's database role may not delete old entries: it neither owns"
                    + " journal_entry and journal_seal nor holds DELETE on them");
        }
        return true;
    }

    private static boolean mayDelete(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select has_table_privilege('journal_entry', 'DELETE') and has_table_privilege('journal_seal', 'DELETE')")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void setting(Connection connection, String value) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
            set.setString(1, SETTING);
            set.setString(2, value);
            set.executeQuery().close();
        }
    }

    /** Deletes the seals, then their entries (the trigger lets an entry go only once unsealed). */
    private static long delete(Connection connection, long from, long to) throws SQLException {
        long deleted = 0;
        try (PreparedStatement seals = connection.prepareStatement(
                        "delete from journal_seal where position >= ? and position <= ? returning entry_id");
                PreparedStatement entries =
                        connection.prepareStatement("delete from journal_entry where id = any(?)")) {
            for (long low = from; low <= to; low += CHUNK) {
                seals.setLong(1, low);
                seals.setLong(2, Math.min(to, low + CHUNK - 1));
                List<Long> ids = new ArrayList<>(CHUNK);
                try (ResultSet result = seals.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getLong(1));
                    }
                }
                Array array = connection.createArrayOf("int8", ids.toArray());
                try {
                    entries.setArray(1, array);
                    deleted += entries.executeUpdate();
                } finally {
                    array.free();
                }
            }
        }
        return deleted;
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
