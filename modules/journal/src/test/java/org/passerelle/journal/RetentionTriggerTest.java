package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trigger of V8 lets a DELETE through only for the purge: with the transaction's setting on,
 * for rows older than six months, seals below an epoch first, entries once unsealed. Each attempt
 * runs as the owner role after granting itself DELETE, as the purge does, and is rolled
 * back. The journal: positions 1-10 written two years ago, 11-20 today, and one entry written two
 * years ago and never sealed; attempts insert the epoch row they need.
 */
class RetentionTriggerTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String SETTING_ON = "select set_config('passerelle.journal_retention', 'purging', true)";

    @TempDir
    Path checkpoints;

    private JournalFixture journal;
    private long unsealedOldId;

    @BeforeEach
    void oldAndRecentEntries() throws Exception {
        journal = JournalFixture.create(checkpoints);
        journal.writeSealAndCheckpointAt(RetentionPurgeTest.monthsAgo(24), 10);
        journal.writeSealAndCheckpointAt(Instant.now(), 10);
        journal.writeAt(RetentionPurgeTest.monthsAgo(24), 1);
        unsealedOldId = journal.count("select max(id) from journal_entry");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void withTheSettingOldSealsBelowAnEpochThenTheirEntriesGo() throws SQLException {
        // The control: what the purge does, by hand.
        assertThat((Throwable) attempt(
                        SETTING_ON,
                        epochAt(11),
                        "delete from journal_seal where position <= 10",
                        "delete from journal_entry where id in (" + idsAt(1, 10) + ")",
                        "delete from journal_entry where id = " + unsealedOldId))
                .isNull();
    }

    @Test
    void withTheSettingARecentSealIsRefusedEvenBelowAnEpoch() throws SQLException {
        assertPurgeRefused(attempt(SETTING_ON, epochAt(21), "delete from journal_seal where position = 15"));
    }

    @Test
    void withTheSettingARecentUnsealedEntryIsRefused() throws SQLException {
        journal.writeAt(Instant.now(), 1);
        long recent = journal.count("select max(id) from journal_entry");

        assertPurgeRefused(attempt(SETTING_ON, "delete from journal_entry where id = " + recent));
    }

    @Test
    void withTheSettingAnOldSealIsRefusedWithoutAnEpochAboveIt() throws SQLException {
        assertPurgeRefused(attempt(SETTING_ON, "delete from journal_seal where position = 1"));
        assertPurgeRefused(attempt(SETTING_ON, epochAt(5), "delete from journal_seal where position = 5"));
    }

    @Test
    void withTheSettingAnOldEntryIsRefusedWhileSealed() throws SQLException {
        assertPurgeRefused(attempt(SETTING_ON, epochAt(11), "delete from journal_entry where id = " + idsAt(1, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "select set_config('passerelle.journal_retention', 'on', true)"})
    void withoutTheSettingEvenOldRowsAreRefused(String setting) throws SQLException {
        assertAppendOnly(attempt(setting, epochAt(11), "delete from journal_seal where position = 1"));
        assertAppendOnly(attempt(setting, "delete from journal_entry where id = " + unsealedOldId));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update journal_entry set action = 'READ'",
                "update journal_seal set hash = hash",
                "truncate journal_entry cascade",
                "truncate journal_seal",
                "delete from journal_checkpoint",
                "truncate journal_checkpoint"
            })
    void withTheSettingUpdatesTruncatesAndCheckpointsAreStillRefused(String statement) throws SQLException {
        SQLException refused = attempt(
                SETTING_ON,
                "grant update, truncate, delete on journal_entry, journal_seal,"
                        + " journal_checkpoint to current_user",
                statement);

        assertThat((Throwable) refused).isNotNull();
        assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void epochsAreAppendOnlyEvenWithTheSetting() throws SQLException {
        journal.purge(12).orElseThrow();

        for (String statement : new String[] {
            "update journal_epoch set note = note", "delete from journal_epoch", "truncate journal_epoch"
        }) {
            SQLException byRole = attempt(SETTING_ON, statement);
            assertThat((Throwable) byRole).as(statement).isNotNull();
            assertThat(byRole.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
            SQLException bySuperuser = asSuperuser(SETTING_ON, statement);
            assertThat((Throwable) bySuperuser).as(statement).isNotNull();
            assertThat(bySuperuser.getMessage()).contains("the access journal");
        }
    }

    @Test
    void aSuperuserWithTheSettingCannotDeleteARecentRowEither() throws SQLException {
        SQLException refused = asSuperuser(SETTING_ON, epochAt(21), "delete from journal_seal where position = 15");

        assertPurgeRefused(refused);
    }

    @Test
    void theRoleHoldsNoDeleteRightOutsideThePurge() throws SQLException {
        try (Connection connection = journal.database.connect();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute(SETTING_ON);
            assertThatThrownBy(() -> sql.execute("delete from journal_entry where id = " + unsealedOldId))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                        assertThat(e.getMessage()).contains("permission denied");
                    });
            connection.rollback();
        }
    }

    /** As the owner role, having granted itself DELETE as the purge does; rolled back. */
    private SQLException attempt(String... statements) throws SQLException {
        try (Connection connection = journal.database.owner();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute("grant delete on journal_entry, journal_seal to current_user");
                for (String statement : statements) {
                    if (!statement.isEmpty()) {
                        sql.execute(statement);
                    }
                }
                return null;
            } catch (SQLException e) {
                return e;
            } finally {
                connection.rollback();
            }
        }
    }

    private SQLException asSuperuser(String... statements) throws SQLException {
        try (Connection connection = journal.database.superuser();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String statement : statements) {
                    sql.execute(statement);
                }
                return null;
            } catch (SQLException e) {
                return e;
            } finally {
                connection.rollback();
            }
        }
    }

    /** An epoch row starting at {@code start} (its note need not verify: the trigger reads the position only). */
    private static String epochAt(long start) {
        return "insert into journal_epoch values (" + start + ", '\\x00', now(), 'k', 'n')";
    }

    private String idsAt(long from, long to) throws SQLException {
        StringBuilder ids = new StringBuilder();
        for (long position = from; position <= to; position++) {
            ids.append(ids.isEmpty() ? "" : ", ").append(journal.entryIdAt(position));
        }
        return ids.toString();
    }

    private static void assertPurgeRefused(SQLException refused) {
        assertThat((Throwable) refused).isNotNull();
        assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(refused.getMessage()).contains("purges only entries older than six months");
    }

    private static void assertAppendOnly(SQLException refused) {
        assertThat((Throwable) refused).isNotNull();
        assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(refused.getMessage()).contains("append-only");
    }
}
