package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 1: the server's runtime role owns nothing, so it can neither give itself back a
 * right on the journal nor switch off or drop the append-only triggers; it only inserts and reads
 * journal rows. (On a one-role setup, where the runtime role owns the tables, GRANT and ALTER TABLE
 * go through: this test fails there.)
 */
@ExtendWith(StackExtension.class)
class RuntimeRoleCannotRewriteTheJournalIT {

    private static final List<String> JOURNAL_TABLES =
            List.of("journal_entry", "journal_seal", "journal_checkpoint", "journal_epoch");

    @Test
    void theRuntimeRoleOwnsNothing() throws SQLException {
        try (Connection c = Stack.applicationDatabase();
                Statement s = c.createStatement();
                ResultSet owned = s.executeQuery("select count(*) from pg_class c join pg_namespace n"
                        + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relowner ="
                        + " (select oid from pg_roles where rolname = current_user)")) {
            owned.next();
            assertThat(owned.getLong(1)).isZero();
        }
    }

    @Test
    void theJournalTablesAreTheOnesExpected() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = Stack.database();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename like 'journal\\_%' order by 1")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        assertThat(tables)
                .as("a new journal table belongs in this test")
                .containsExactlyInAnyOrderElementsOf(JOURNAL_TABLES);
    }

    @Test
    void theRuntimeRoleOnlyInsertsAndReadsJournalRows() throws SQLException {
        try (Connection c = Stack.applicationDatabase();
                Statement s = c.createStatement()) {
            for (String table : JOURNAL_TABLES) {
                assertThat(privileges(s, table)).as(table).containsExactlyInAnyOrder("INSERT", "SELECT");
            }
        }
    }

    @Test
    void theRuntimeRoleCannotRewriteAnyJournalTable() throws SQLException {
        try (Connection c = Stack.applicationDatabase();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : JOURNAL_TABLES) {
                String trigger = table + "_append_only";
                for (String sql : List.of(
                        "alter table " + table + " disable trigger " + trigger,
                        "alter table " + table + " disable trigger all",
                        "drop trigger " + trigger + " on " + table,
                        "alter table " + table + " owner to current_user",
                        "update " + table + " set " + timeColumn(table) + " = " + timeColumn(table),
                        "delete from " + table,
                        "truncate " + table)) {
                    // The retention's setting opens nothing to this role either.
                    s.execute("select set_config('passerelle.journal_retention', 'purging', true)");
                    assertThatThrownBy(() -> s.execute(sql))
                            .as(sql)
                            .isInstanceOf(SQLException.class)
                            .satisfies(e ->
                                    assertThat(e.getMessage()).containsAnyOf("permission denied", "must be owner"));
                    c.rollback();
                }
                // A GRANT without the grant option grants nothing (PostgreSQL warns, or refuses).
                for (String grant : List.of(
                        "grant update, delete, truncate on " + table + " to current_user",
                        "grant all on " + table + " to public")) {
                    try {
                        s.execute(grant);
                    } catch (SQLException refused) {
                        assertThat(refused.getMessage()).as(grant).contains("permission denied");
                        c.rollback();
                    }
                    assertThat(privileges(s, table)).as(grant).containsExactlyInAnyOrder("INSERT", "SELECT");
                    c.rollback();
                }
            }
            assertThatThrownBy(() -> s.execute("create or replace function journal_is_append_only() returns trigger"
                            + " language plpgsql as $$ begin return old; end $$"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("permission denied", "must be owner"));
            c.rollback();
        }
    }

    private static String timeColumn(String table) {
        return table.equals("journal_seal") ? "sealed_at" : "at";
    }

    /** The table privileges the current role holds. */
    private static List<String> privileges(Statement s, String table) throws SQLException {
        List<String> held = new ArrayList<>();
        for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")) {
            try (ResultSet r = s.executeQuery("select has_table_privilege('" + table + "', '" + privilege + "')")) {
                r.next();
                if (r.getBoolean(1)) {
                    held.add(privilege);
                }
            }
        }
        return held;
    }
}
