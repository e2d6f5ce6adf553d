package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S11: the journal records who read what, never the values read. Runs near the end, after every
 * other test wrote its entries, and scans every column of every entry for every personal value
 * and NIR the suite sent.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE - 1)
class JournalHoldsNoPersonalValueIT {

    @Test
    void noEntryHoldsAPlaintextTheSuiteUsed() throws SQLException {
        Set<String> values = new HashSet<>(TestData.NIRS_USED);
        // Short values ("ARE") could match a code by chance; the long ones are the telling ones.
        TestData.PLAINTEXTS_USED.stream().filter(v -> v.length() >= 6).forEach(values::add);
        assertThat(values).as("the suite registered usagers before this scan").hasSizeGreaterThan(20);

        long entries = 0;
        try (Connection c = Stack.database(); Statement s = c.createStatement();
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
                    assertThat(text).as("journal entry %s holds a personal value", rs.getLong("id"))
                            .doesNotContain(value);
                }
            }
        }
        assertThat(entries).as("the suite's accesses were journaled").isGreaterThan(100);
    }
}
