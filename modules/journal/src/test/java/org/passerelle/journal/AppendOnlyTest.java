package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application's role may only INSERT and SELECT journal rows; the triggers stop everyone else. */
class AppendOnlyTest {

    /** SQLSTATE of both the revoked rights and the triggers. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void journalWithACheckpoint() throws Exception {
        journal = JournalFixture.create(checkpoints);
        journal.build(1, 5, 0);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update journal_entry set action = 'READ'",
                "delete from journal_entry",
                "truncate journal_entry cascade",
                "update journal_seal set hash = hash",
                "delete from journal_seal",
                "truncate journal_seal",
                "update journal_checkpoint set note = note",
                "delete from journal_checkpoint",
                "truncate journal_checkpoint",
                "update journal_epoch set note = note",
                "delete from journal_epoch",
                "truncate journal_epoch"
            })
    void theApplicationRoleIsRefused(String statement) throws SQLException {
        try (Connection connection = journal.database.connect();
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute(statement))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
        assertThat(journal.verify().ok()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update journal_entry set action = 'READ'",
                "delete from journal_seal",
                "truncate journal_checkpoint",
                "truncate journal_epoch"
            })
    void aSuperuserIsRefusedByTheTriggersUnlessTheyTurnThemOff(String statement) throws SQLException {
        try (Connection connection = journal.database.superuser();
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute(statement)).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                assertThat(e.getMessage()).contains("append-only");
            });
        }
    }
}
