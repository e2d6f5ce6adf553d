package org.passerelle.journal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the journal for the auditor and the alert rules, inside the caller's transaction. An
 * auditor's scope is their organisation: the entries its staff wrote, and every entry about the
 * usagers it holds (a partner reading a shared dossier included). That scope reads the domain's
 * {@code person} table: the one place this module knows another module's schema.
 */
public final class JournalQueries {

    private static final String FROM = " from journal_entry e left join journal_seal s on s.entry_id = e.id"
            + " where (e.organisation_code = ? or e.person_id in (select p.id from person p where p.organisation_code = ?))";

    private JournalQueries() {}

    /**
     * What to search for; null criteria match everything.
     *
     * @param scope the auditor's organisation code (required)
     * @param from  inclusive
     * @param to    exclusive
     */
    public record Criteria(
            String scope,
            UUID personId,
            UUID caseFileId,
            String username,
            String organisation,
            String action,
            String outcome,
            Instant from,
            Instant to) {}

    /**
     * An entry with its chain position, null until sealed, and whether it is genuine as far as one
     * row can tell (issue 15): its MAC matches, and it is sealed or was written less than
     * {@link JournalVerifier#UNSEALED_GRACE} ago. A row inserted by SQL without the key, or one the
     * sealer left behind, is never presented as genuine.
     */
    public record Hit(JournalEntry entry, Long position, boolean verified) {}

    /** How many distinct dossiers a user read, allowed, since a time: the "many dossiers quickly" rule. */
    public static long dossiersReadSince(Connection connection, String username, Instant since) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select count(distinct case_file_id) from journal_entry"
                        + " where username = ? and at >= ? and action = 'READ' and outcome = 'ALLOW' and case_file_id is not null")) {
            s.setString(1, username);
            s.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A page of matching entries, newest first, each checked against {@code keys} as of {@code now}. */
    public static List<Hit> search(
            Connection connection, JournalKeys keys, Instant now, Criteria criteria, int offset, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("select ")
                .append(EntryRows.columns("e"))
                .append(", s.position")
                .append(FROM);
        List<Object> parameters = where(criteria, sql);
        sql.append(" order by e.id desc offset ? limit ?");
        parameters.add(offset);
        parameters.add(limit);
        try (PreparedStatement s = prepare(connection, sql.toString(), parameters)) {
            s.setFetchSize(Math.min(limit, 1000));
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                Instant sealedSince = now.minus(JournalVerifier.UNSEALED_GRACE);
                while (rs.next()) {
                    long position = rs.getLong("position");
                    Long sealedAt = rs.wasNull() ? null : position;
                    JournalEntry entry = EntryRows.read(rs, 1);
                    boolean genuine =
                            MessageDigest.isEqual(keys.mac(CanonicalEntry.encode(entry)), EntryRows.mac(rs, 1));
                    hits.add(new Hit(
                            entry,
                            sealedAt,
                            genuine && (sealedAt != null || entry.at().isAfter(sealedSince))));
                }
            }
            return hits;
        }
    }

    public static long count(Connection connection, Criteria criteria) throws SQLException {
        StringBuilder sql = new StringBuilder("select count(*)").append(FROM);
        List<Object> parameters = where(criteria, sql);
        try (PreparedStatement s = prepare(connection, sql.toString(), parameters);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Object> where(Criteria c, StringBuilder sql) {
        List<Object> parameters = new ArrayList<>(List.of(c.scope(), c.scope()));
        condition(sql, parameters, " and e.person_id = ?", c.personId());
        condition(sql, parameters, " and e.case_file_id = ?", c.caseFileId());
        condition(sql, parameters, " and e.username = ?", c.username());
        condition(sql, parameters, " and e.organisation_code = ?", c.organisation());
        condition(sql, parameters, " and e.action = ?", c.action());
        condition(sql, parameters, " and e.outcome = ?", c.outcome());
        condition(sql, parameters, " and e.at >= ?", c.from() == null ? null : Timestamp.from(c.from()));
        condition(sql, parameters, " and e.at < ?", c.to() == null ? null : Timestamp.from(c.to()));
        return parameters;
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            parameters.add(value);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
        return s;
    }
}
