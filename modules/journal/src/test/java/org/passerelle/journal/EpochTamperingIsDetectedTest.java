package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting old entries is retention only with an epoch signed by the journal key, stored as a row
 * and as a file; anything else is caught. Same journal as {@link RetentionPurgeTest}: 90 entries,
 * checkpoints at 30, 60, 80 and 90, positions 1 to 60 due after 12 months.
 */
class EpochTamperingIsDetectedTest {

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void aYearsWorthOfJournal() throws Exception {
        journal = JournalFixture.create(checkpoints);
        journal.writeSealAndCheckpointAt(RetentionPurgeTest.monthsAgo(24), 30);
        journal.writeSealAndCheckpointAt(RetentionPurgeTest.monthsAgo(13), 30);
        journal.writeSealAndCheckpointAt(RetentionPurgeTest.monthsAgo(11), 20);
        journal.writeSealAndCheckpointAt(Instant.now(), 10);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void oldRowsDeletedWithoutAnEpochAreAMissingPosition() throws SQLException {
        deleteAsSuperuser(1, 30);

        assertBad(journal.verify(), 1, "missing-position");
    }

    @Test
    void rowsDeletedAfterAPurgeAreAMissingPositionAtTheEpochsStart() throws SQLException {
        journal.purge(12).orElseThrow();
        deleteAsSuperuser(61, 70);

        assertBad(journal.verify(), 61, "missing-position");
    }

    @Test
    void anEpochRowSignedWithTheKeyButWithoutItsFileIsBad() throws SQLException {
        // Whoever stole the key but cannot write the checkpoint folder.
        insertRow(EpochNote.sign(journal.keys, 31, hashAt(30), Instant.now()));

        assertBad(journal.verify(), 31, "bad-epoch");
    }

    @Test
    void anEpochSignedByAnotherKeyIsBadAsRowAndAsFile() throws Exception {
        Epoch forged = EpochNote.sign(JournalKeys.generate(), 31, hashAt(30), Instant.now());
        insertRow(forged);
        CheckpointFiles.write(checkpoints, forged);

        assertBad(journal.verify(), 31, "bad-epoch");
    }

    @Test
    void anEpochRowWithoutItsFileDoesNotExcuseTheRowsItClaimsPurged() throws SQLException {
        byte[] hashAtThirty = hashAt(30);
        deleteAsSuperuser(1, 30);
        insertRow(EpochNote.sign(journal.keys, 31, hashAtThirty, Instant.now()));

        Verification verification = journal.verify();

        assertBad(verification, 1, "missing-position");
        assertThat(verification.firstPosition()).isEqualTo(1);
    }

    @Test
    void aPurgeWhoseEpochFileWasDeletedIsCaught() throws Exception {
        journal.purge(12).orElseThrow();
        Files.delete(checkpoints.resolve(CheckpointFiles.epochName(61)));

        // The epoch is no longer trusted: the chain is checked from 1, where rows are missing.
        assertBad(journal.verify(), 1, "missing-position");
    }

    @Test
    void aPurgeWhoseEpochRowWasAlteredIsCaught() throws Exception {
        journal.purge(12).orElseThrow();
        journal.database.tamper("update journal_epoch set previous_hash = sha256(previous_hash)");

        assertBad(journal.verify(), 1, "missing-position");
    }

    @Test
    void anUnreadableEpochFileIsBad() throws Exception {
        Files.writeString(checkpoints.resolve(CheckpointFiles.epochName(99)), "not a note", StandardCharsets.UTF_8);

        Verification verification = journal.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).isEqualTo("bad-epoch");
        assertThat(verification.firstBadPosition()).isNull();
    }

    @Test
    void anEpochFileWithoutItsRowIsIgnored() throws Exception {
        // What a purge leaves when its transaction rolls back after writing the file.
        CheckpointFiles.write(checkpoints, EpochNote.sign(journal.keys, 31, hashAt(30), Instant.now()));

        Verification verification = journal.verify();

        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.firstPosition()).isEqualTo(1);
    }

    /** Deletes positions {@code from..to} and their entries with triggers off, as an attacker would. */
    private void deleteAsSuperuser(long from, long to) throws SQLException {
        journal.database.tamper(
                "create temp table gone as select entry_id from journal_seal where position between " + from + " and "
                        + to,
                "delete from journal_seal where position between " + from + " and " + to,
                "delete from journal_entry where id in (select entry_id from gone)");
    }

    /** As the application's role, which may insert epoch rows. */
    private void insertRow(Epoch epoch) throws SQLException {
        try (Connection connection = journal.database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into journal_epoch (start_position, previous_hash, at, key_id, note) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, epoch.startPosition());
            insert.setBytes(2, epoch.previousHash());
            insert.setObject(3, OffsetDateTime.ofInstant(epoch.at(), ZoneOffset.UTC));
            insert.setString(4, epoch.keyId());
            insert.setString(5, epoch.note());
            insert.executeUpdate();
        }
    }

    private byte[] hashAt(long position) throws SQLException {
        try (Connection connection = journal.database.connect();
                PreparedStatement select =
                        connection.prepareStatement("select hash from journal_seal where position = ?")) {
            select.setLong(1, position);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getBytes(1);
            }
        }
    }

    private static void assertBad(Verification verification, long firstBad, String reason) {
        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).as(verification.toString()).isEqualTo(reason);
        assertThat(verification.firstBadPosition()).isEqualTo(firstBad);
    }
}
