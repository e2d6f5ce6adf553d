package org.passerelle.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * Mapping between {@link JournalEntry} and a {@code journal_entry} row (schema V6). Sets are stored
 * sorted and joined by commas; reading them back gives the same set, so the MAC recomputed from a
 * row matches the one computed before the insert.
 */
final class EntryRows {

    /** The entry columns, in the order {@link #bind} and {@link #read} use, then {@code mac}. */
    static final String COLUMNS = "id, at, user_id, username, organisation_code, roles, action, person_id, "
            + "case_file_id, referral_id, fields, cadre, purpose, outcome, reason_code, request_id, "
            + "client_address, break_glass, mac";

    static final String INSERT = "insert into journal_entry (" + COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EntryRows() {}

    /** {@link #COLUMNS}, each qualified by a table alias. */
    static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    static void bind(PreparedStatement statement, JournalEntry entry, byte[] mac) throws SQLException {
        statement.setLong(1, entry.id());
        statement.setObject(2, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        statement.setString(3, entry.userId());
        statement.setString(4, entry.username());
        statement.setString(5, entry.organisation());
        statement.setString(6, join(entry.roles()));
        statement.setString(7, entry.action());
        statement.setObject(8, entry.personId(), Types.OTHER);
        statement.setObject(9, entry.caseFileId(), Types.OTHER);
        statement.setObject(10, entry.referralId(), Types.OTHER);
        statement.setString(11, join(entry.fields()));
        statement.setString(12, entry.cadre());
        statement.setString(13, entry.purpose());
        statement.setString(14, entry.outcome());
        statement.setString(15, entry.reasonCode());
        statement.setString(16, entry.requestId());
        statement.setString(17, entry.clientAddress());
        statement.setBoolean(18, entry.breakGlass());
        statement.setBytes(19, mac);
    }

    /** Reads the entry whose {@code id} column is at {@code first}; {@code mac} follows the 18 entry columns. */
    static JournalEntry read(ResultSet row, int first) throws SQLException {
        int i = first;
        return new JournalEntry(
                row.getLong(i),
                row.getObject(i + 1, OffsetDateTime.class).toInstant(),
                row.getString(i + 2),
                row.getString(i + 3),
                row.getString(i + 4),
                split(row.getString(i + 5)),
                row.getString(i + 6),
                row.getObject(i + 7, UUID.class),
                row.getObject(i + 8, UUID.class),
                row.getObject(i + 9, UUID.class),
                split(row.getString(i + 10)),
                row.getString(i + 11),
                row.getString(i + 12),
                row.getString(i + 13),
                row.getString(i + 14),
                row.getString(i + 15),
                row.getString(i + 16),
                row.getBoolean(i + 17));
    }

    /**
     * The canonical encoding of the entry in the row: {@link CanonicalEntry#encode} of what
     * {@link #read} gives, or, for a row that maps to no valid entry (an empty or repeated set
     * element, written by direct SQL), {@link CanonicalEntry#encodeRaw} of its columns as text. So
     * such a row can still be chained and verified, and always fails its MAC check.
     */
    static byte[] canonical(ResultSet row, int first) throws SQLException {
        try {
            return CanonicalEntry.encode(read(row, first));
        } catch (RuntimeException e) {
            String[] columns = new String[18];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = row.getString(first + i);
            }
            return CanonicalEntry.encodeRaw(columns);
        }
    }

    /** The {@code mac} column of a row read from {@code first}. */
    static byte[] mac(ResultSet row, int first) throws SQLException {
        return row.getBytes(first + 18);
    }

    private static String join(Set<String> values) {
        return String.join(String.valueOf(JournalEntry.SET_SEPARATOR), values);
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(joined.split(String.valueOf(JournalEntry.SET_SEPARATOR), -1)));
    }
}
