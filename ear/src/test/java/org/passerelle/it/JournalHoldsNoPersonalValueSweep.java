package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * S11: the journal records who read what, never the values read. A sweep: it runs after every IT
 * of the run wrote its entries (the database stays after the servers stop), and scans every column
 * of every entry for every personal value and NIR they sent ({@link SentValues}).
 */
class JournalHoldsNoPersonalValueSweep {

    @Test
    void noEntryHoldsAPlaintextTheSuiteUsed() throws SQLException {
        SentValues sent = SentValues.ofTheRun();
        Set<String> values = new HashSet<>(sent.nirs());
        // Short values ("ARE") could match a code by chance; the long ones are the telling ones.
        sent.plaintexts().stream().filter(v -> v.length() >= 6).forEach(values::add);
        // A run of a few ITs checks what they sent; the whole suite must have sent plenty.
        assumeFalse(!SentValues.WHOLE_SUITE && values.isEmpty(), "the ITs of this run sent no personal value");
        assertThat(values)
                .as("the suite registered usagers before this scan")
                .hasSizeGreaterThan(SentValues.WHOLE_SUITE ? 20 : 0);

        long entries = 0;
        try (Connection c = Stack.database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select * from journal_entry")) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                entries++;
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                String text = row.toString();
                for (String value : values) {
                    assertThat(text)
                            .as("journal entry %s holds a personal value", rs.getLong("id"))
                            .doesNotContain(value);
                }
            }
        }
        assertThat(entries).as("the suite's accesses were journaled").isGreaterThan(SentValues.WHOLE_SUITE ? 100 : 0);
    }
}
