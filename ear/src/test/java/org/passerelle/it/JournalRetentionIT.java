package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S11 retention on the real stack: the server migrates to V8 and starts its retention job, the
 * journal still verifies, and the application's role still cannot delete journal rows, even with
 * the purge's transaction setting. The purge itself (the cut, the epoch, the trigger's floor, a
 * chain verifying from the epoch) is covered against PostgreSQL by modules/journal: here no entry
 * is old enough, and entries cannot be aged without breaking their MACs.
 */
@ExtendWith(StackExtension.class)
@OwnStack("reads the server's console log")
class JournalRetentionIT {

    @Test
    void theServerRunsTheRetentionMigrationAndJob() throws SQLException, IOException {
        try (Connection c = Stack.database();
                Statement s = c.createStatement();
                ResultSet migration = s.executeQuery("select count(*) from flyway_schema_history"
                        + " where version = '8' and success and script = 'V8__journal_retention.sql'")) {
            migration.next();
            assertThat(migration.getLong(1)).isOne();
        }
        Path console = Stack.runFolder().resolve("wildfly-console.log");
        assertThat(Files.readString(console, StandardCharsets.UTF_8)).contains("Journal entries are kept 12 months");
    }

    @Test
    void theJournalStillVerifies() {
        String dpo = Keycloak.token("dpo.saumur");
        // Leaves at least one entry (the search is journaled) for the chain to hold.
        assertThat(Http.get(Http.api("/journal?size=1"), dpo).statusCode()).isEqualTo(200);

        HttpResponse<String> response = Http.get(Http.api("/journal/integrity"), dpo);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode integrity = Http.json(response);
        assertThat(integrity.path("ok").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.has("firstBadPosition")).isFalse();
    }

    @Test
    void theApplicationsRoleCannotDeleteEvenWithThePurgesSetting() throws SQLException {
        try (Connection c = Stack.applicationDatabase();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "delete from journal_entry",
                    "delete from journal_seal",
                    "delete from journal_epoch",
                    "update journal_epoch set note = note",
                    "truncate journal_epoch")) {
                s.execute("select set_config('passerelle.journal_retention', 'purging', true)");
                assertThatThrownBy(() -> s.execute(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                c.rollback();
            }
        }
    }
}
