package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention purges the oldest entries and leaves a chain that verifies from a signed epoch. The
 * journal holds 30 entries written two years ago, 30 thirteen months ago, 20 eleven months ago and
 * 10 today, with a checkpoint after each group (30, 60, 80, 90); a retention of 12 months makes
 * positions 1 to 60 due.
 */
class RetentionPurgeTest {

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void aYearsWorthOfJournal() throws Exception {
        journal = JournalFixture.create(checkpoints);
        journal.writeSealAndCheckpointAt(monthsAgo(24), 30);
        journal.writeSealAndCheckpointAt(monthsAgo(13), 30);
        journal.writeSealAndCheckpointAt(monthsAgo(11), 20);
        journal.writeSealAndCheckpointAt(Instant.now(), 10);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void aPurgeDeletesTheDueEntriesAndTheRestVerifiesFromTheEpoch() throws Exception {
        Purge purge = journal.purge(12).orElseThrow();

        assertThat(purge.entriesDeleted()).isEqualTo(60);
        Epoch epoch = purge.epoch();
        assertThat(epoch.startPosition()).isEqualTo(61);
        assertThat(epoch.note()).startsWith("passerelle-journal-epoch/v1\n61\n");
        assertThat(Files.readString(checkpoints.resolve("epoch-000000000061.note"), StandardCharsets.UTF_8))
                .isEqualTo(epoch.note());
        assertThat(journal.count("select count(*) from journal_entry")).isEqualTo(30);
        assertThat(journal.count("select min(position) from journal_seal")).isEqualTo(61);
        assertThat(journal.count("select count(*) from journal_epoch where start_position = 61"))
                .isOne();
        assertThat(journal.count("select count(*) from journal_checkpoint"))
                .as("checkpoints stay")
                .isEqualTo(4);

        Verification verification = journal.verify();
        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.firstPosition()).isEqualTo(61);
        assertThat(verification.entriesVerified()).isEqualTo(30);
        assertThat(verification.lastGoodPosition()).isEqualTo(90);
    }

    @Test
    void nothingIsDueTwiceAndTheChainGrowsOnAfterAPurge() throws Exception {
        journal.purge(12).orElseThrow();

        assertThat(journal.purge(12)).isEmpty();
        journal.writeSealAndCheckpointAt(Instant.now(), 5);

        Verification verification = journal.verify();
        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.lastGoodPosition()).isEqualTo(95);
        assertThat(verification.entriesVerified()).isEqualTo(35);
    }

    @Test
    void aLongerRetentionPurgesLess() throws Exception {
        assertThat(journal.purge(36)).isEmpty();

        assertThat(journal.purge(18).orElseThrow().epoch().startPosition()).isEqualTo(31);
        assertThat(journal.purge(12).orElseThrow().epoch().startPosition()).isEqualTo(61);
        Verification verification = journal.verify();
        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.firstPosition()).isEqualTo(61);
    }

    @Test
    void aPurgeCanBeDoneInSlices() throws Exception {
        assertThat(journal.purge(12, 25).orElseThrow().entriesDeleted()).isEqualTo(25);
        assertThat(journal.purge(12, 25).orElseThrow().epoch().startPosition()).isEqualTo(51);
        assertThat(journal.purge(12, 25).orElseThrow().entriesDeleted()).isEqualTo(10);
        assertThat(journal.purge(12, 25)).isEmpty();

        assertThat(journal.verify().ok()).isTrue();
        assertThat(journal.verify().firstPosition()).isEqualTo(61);
    }

    @Test
    void theCutStopsAtTheFirstEntryStillWithinTheRetentionPeriod() throws Exception {
        // With 6 months, everything but today's entries is due: the cut is at 80.
        assertThat(journal.purge(6).orElseThrow().epoch().startPosition()).isEqualTo(81);
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void whenEverythingWasPurgedTheSealerResumesFromTheEpoch(@TempDir Path elsewhere) throws Exception {
        try (JournalFixture old = JournalFixture.create(elsewhere)) {
            old.writeSealAndCheckpointAt(monthsAgo(20), 40);

            assertThat(old.purge(12).orElseThrow().epoch().startPosition()).isEqualTo(41);
            assertThat(old.chainLength()).isZero();
            assertThat(old.verify().ok()).isTrue();

            old.writeSealAndCheckpointAt(Instant.now(), 3);
            assertThat(old.count("select min(position) from journal_seal")).isEqualTo(41);
            Verification verification = old.verify();
            assertThat(verification.ok()).as(verification.toString()).isTrue();
            assertThat(verification.lastGoodPosition()).isEqualTo(43);
        }
    }

    @Test
    void theRoleCannotDeleteAgainAfterThePurge() throws Exception {
        journal.purge(12).orElseThrow();

        assertThat(journal.count("select count(*) from (select 1 where has_table_privilege('journal_entry', 'DELETE')"
                        + " or has_table_privilege('journal_seal', 'DELETE')) granted"))
                .isZero();
    }

    @Test
    void aPurgeWaitsForTheSealerLockThenRuns() throws Exception {
        try (Connection sealing = journal.database.connect()) {
            sealing.setAutoCommit(false);
            assertThat(JournalSealer.tryLock(sealing)).isTrue();
            CompletableFuture<Optional<Purge>> purge = CompletableFuture.supplyAsync(() -> {
                try {
                    return journal.purge(12);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            awaitOneWaitingForAnAdvisoryLock(sealing);
            assertThat(purge).isNotDone();
            sealing.rollback();

            assertThat(purge.get(30, TimeUnit.SECONDS)).isPresent();
        }
    }

    /** Polls pg_locks (no sleep-and-hope): the purge's session waits for the sealer's lock. */
    private static void awaitOneWaitingForAnAdvisoryLock(Connection connection) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Statement statement = connection.createStatement();
                    ResultSet waiting = statement.executeQuery(
                            "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                                    + " and database = (select oid from pg_database where datname = current_database())")) {
                waiting.next();
                if (waiting.getLong(1) == 1) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no purge waiting for the sealer's lock");
    }

    @Test
    void aTamperedEntryDueForPurgingStopsThePurge() throws Exception {
        journal.database.tamper(
                "update journal_entry set request_id = 'req-forged' where id = " + journal.entryIdAt(10));

        assertThatThrownBy(() -> journal.purge(12)).isInstanceOfSatisfying(PurgeRefusedException.class, refused -> {
            assertThat(refused.verification().reason()).isEqualTo("mac-mismatch");
            assertThat(refused.verification().firstBadPosition()).isEqualTo(10);
            assertThat(refused.getMessage()).contains("positions 1 to 60", "position 10");
        });
        assertThat(journal.count("select count(*) from journal_entry"))
                .as("nothing purged")
                .isEqualTo(90);
        assertThat(journal.count("select count(*) from journal_epoch")).isZero();
        assertThat(checkpoints.resolve("epoch-000000000061.note")).doesNotExist();
    }

    @Test
    void aFaultAfterTheDuePositionsDoesNotStopThePurgeAndIsStillReported() throws Exception {
        journal.database.tamper(
                "update journal_entry set request_id = 'req-forged' where id = " + journal.entryIdAt(85));

        assertThat(journal.purge(12)).isPresent();

        Verification verification = journal.verify();
        assertThat(verification.reason()).isEqualTo("mac-mismatch");
        assertThat(verification.firstBadPosition()).isEqualTo(85);
    }

    @Test
    void theRuntimeRoleCannotPurgeOnlyTheOwnerCan() throws SQLException {
        try (Connection connection = journal.database.connect()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> new JournalPurger(journal.keys, checkpoints, 12).purge(connection, 100))
                    .as("the runtime role owns nothing: it cannot grant itself DELETE")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("may not delete");
            connection.rollback();
        }
        assertThat(journal.count("select count(*) from journal_entry")).isEqualTo(90);

        assertThat(journal.purge(12).orElseThrow().entriesDeleted()).isEqualTo(60);
    }

    @Test
    void thePurgeRefusesAutoCommit() throws SQLException {
        try (Connection connection = journal.database.connect()) {
            assertThatThrownBy(() -> new JournalPurger(journal.keys, checkpoints, 12).purge(connection, 10))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    static Instant monthsAgo(int months) {
        return ZonedDateTime.now(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
