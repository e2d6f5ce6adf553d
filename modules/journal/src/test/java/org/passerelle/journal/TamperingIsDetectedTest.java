package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's tamper cases, each done by a database superuser with triggers and foreign keys off
 * ({@code session_replication_role = replica}) on a journal of 320 sealed entries whose
 * checkpoints stand at 60, 120, 180, 240 and 300 (rows and files).
 */
class TamperingIsDetectedTest {

    private static final int CHAIN = 320;

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void writeSealAndCheckpoint() throws Exception {
        journal = JournalFixture.create(checkpoints);
        journal.build(5, 60, 20);
        assertThat(journal.chainLength()).isEqualTo(CHAIN);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void anUntouchedJournalVerifies() throws SQLException {
        Verification verification = journal.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.entriesVerified()).isEqualTo(CHAIN);
        assertThat(verification.lastGoodPosition()).isEqualTo(CHAIN);
        assertThat(verification.firstBadPosition()).isNull();
        assertThat(verification.reason()).isNull();
        assertThat(CheckpointFiles.name(60)).isEqualTo("checkpoint-000000000060.note");
        assertThat(checkpoints.resolve("checkpoint-000000000300.note")).exists();
    }

    @Test
    void aChangedFieldIsAMacMismatchAtItsPosition() throws SQLException {
        journal.database.tamper("update journal_entry set outcome = 'ALLOWED', reason_code = null where id = "
                + journal.entryIdAt(100));

        assertBad(journal.verify(), 100, "mac-mismatch");
    }

    @Test
    void aDeletedRowIsAMissingPosition() throws SQLException {
        long id = journal.entryIdAt(150);
        journal.database.tamper(
                "delete from journal_seal where position = 150", "delete from journal_entry where id = " + id);

        assertBad(journal.verify(), 150, "missing-position");
    }

    @Test
    void aDeletedEntryUnderItsSealIsAMissingEntry() throws SQLException {
        journal.database.tamper("delete from journal_entry where id = " + journal.entryIdAt(150));

        assertBad(journal.verify(), 150, "missing-entry");
    }

    @Test
    void aForgedRowSealedWithACorrectHashIsAMacMismatch() throws SQLException {
        // The forger knows the format and the chain but not the key: any MAC they write is wrong.
        byte[] forgedMac = new byte[32];
        new SecureRandom().nextBytes(forgedMac);
        try (Connection superuser = journal.database.superuser()) {
            long id;
            try (ResultSet next = superuser.createStatement().executeQuery("select nextval('journal_entry_seq')")) {
                next.next();
                id = next.getLong(1);
            }
            JournalEntry forged = new JournalEntry(
                    id,
                    Instant.now(),
                    "uid-x",
                    "dpo.saumur",
                    "ccas-saumur",
                    Set.of("auditor"),
                    "READ",
                    null,
                    null,
                    null,
                    Set.of(),
                    null,
                    null,
                    "ALLOWED",
                    null,
                    "req-x",
                    null,
                    false);
            byte[] canonical = CanonicalEntry.encode(forged);
            byte[] hash = Sha256.chain(hashAt(superuser, CHAIN), canonical, forgedMac);
            try (PreparedStatement insert = superuser.prepareStatement(EntryRows.INSERT)) {
                EntryRows.bind(insert, forged, forgedMac);
                insert.executeUpdate();
            }
            try (PreparedStatement seal = superuser.prepareStatement(
                    "insert into journal_seal (position, entry_id, hash, sealed_at) values (?, ?, ?, now())")) {
                seal.setLong(1, CHAIN + 1);
                seal.setLong(2, id);
                seal.setBytes(3, hash);
                seal.executeUpdate();
            }
        }

        assertBad(journal.verify(), CHAIN + 1, "mac-mismatch");
    }

    @Test
    void twoRowsWithSwappedContentsAreAMacMismatchAtTheFirst() throws SQLException {
        long first = journal.entryIdAt(50);
        long second = journal.entryIdAt(70);
        String columns = EntryRows.COLUMNS.substring("id, ".length());
        journal.database.tamper(
                "create temp table swapped as select * from journal_entry where id in (" + first + ", " + second + ")",
                "update journal_entry e set (" + columns + ") = (select " + columns + " from swapped s where s.id = "
                        + "case when e.id = " + first + " then " + second + " else " + first + " end) "
                        + "where e.id in (" + first + ", " + second + ")");

        assertBad(journal.verify(), 50, "mac-mismatch");
    }

    @Test
    void twoSealsWithSwappedEntriesAreAHashMismatchAtTheFirst() throws SQLException {
        long first = journal.entryIdAt(50);
        long second = journal.entryIdAt(70);
        journal.database.tamper(
                "update journal_seal set entry_id = -1 where position = 50",
                "update journal_seal set entry_id = " + first + " where position = 70",
                "update journal_seal set entry_id = " + second + " where position = 50");

        assertBad(journal.verify(), 50, "hash-mismatch");
    }

    @Test
    void aCutTailIsCaughtByTheCheckpointFiles() throws Exception {
        // Cut the last 30 entries, their seals and the database checkpoint beyond (at 300).
        int kept = CHAIN - 30;
        journal.database.tamper(
                "create temp table cut as select entry_id from journal_seal where position > " + kept,
                "delete from journal_seal where position > " + kept,
                "delete from journal_entry where id in (select entry_id from cut)",
                "delete from journal_checkpoint where entry_count > " + kept);

        Verification withoutFiles = journal.verify(Files.createTempDirectory(checkpoints.getParent(), "none"));
        assertThat(withoutFiles.ok()).as("the database alone looks consistent").isTrue();

        assertBad(journal.verify(), kept + 1, "checkpoint-beyond-chain");
    }

    @Test
    void aChainRecomputedAfterADeletionIsCaughtByTheCheckpointFiles() throws Exception {
        // Delete position 150, renumber, recompute every hash from there, delete the database
        // checkpoints that no longer match (180 and later).
        rewriteChainWithout(150);
        journal.database.tamper("delete from journal_checkpoint where entry_count >= 150");

        Verification withoutFiles = journal.verify(Files.createTempDirectory(checkpoints.getParent(), "none"));
        assertThat(withoutFiles.ok()).as("the database alone looks consistent").isTrue();
        assertThat(withoutFiles.entriesVerified()).isEqualTo(CHAIN - 1);

        // The checkpoint at 120 still matches, the one at 180 does not: the fault lies in 121..180.
        assertBad(journal.verify(), 121, "checkpoint-mismatch");
    }

    @Test
    void aChainRecomputedWithForgedCheckpointRowsIsCaughtByTheCheckpointFiles() throws SQLException {
        rewriteChainWithout(150);
        // The attacker re-signs the database checkpoints from 180 on with a key of their own.
        JournalKeys attacker = JournalKeys.generate();
        List<String> statements = new ArrayList<>();
        statements.add("delete from journal_checkpoint where entry_count >= 150");
        try (Connection superuser = journal.database.superuser()) {
            for (long count = 180; count < CHAIN; count += 60) {
                Checkpoint forged = CheckpointNote.sign(attacker, count, hashAt(superuser, count), Instant.now());
                statements.add("insert into journal_checkpoint values (" + count + ", decode('"
                        + Base64.getEncoder().encodeToString(forged.headHash()) + "', 'base64'), now(), '"
                        + journal.keys.keyId() + "', '" + forged.note() + "')");
            }
        }
        journal.database.tamper(statements.toArray(String[]::new));

        assertBad(journal.verify(), 121, "checkpoint-mismatch");
    }

    private void rewriteChainWithout(long position) throws SQLException {
        long id = journal.entryIdAt(position);
        journal.database.tamper(
                "delete from journal_seal where position = " + position,
                "delete from journal_entry where id = " + id,
                // two steps: the primary key is checked row by row
                "update journal_seal set position = -position where position > " + position,
                "update journal_seal set position = -position - 1 where position < 0");
        try (Connection superuser = journal.database.superuser()) {
            superuser.setAutoCommit(false);
            superuser.createStatement().execute("set local session_replication_role = replica");
            byte[] previous = hashAt(superuser, position - 1);
            try (PreparedStatement chain = superuser.prepareStatement("select s.position, " + EntryRows.columns("e")
                            + " from journal_seal s join journal_entry e on e.id = s.entry_id where s.position >= ? "
                            + "order by s.position");
                    PreparedStatement update =
                            superuser.prepareStatement("update journal_seal set hash = ? where position = ?")) {
                chain.setLong(1, position);
                try (ResultSet row = chain.executeQuery()) {
                    while (row.next()) {
                        previous = Sha256.chain(previous, EntryRows.canonical(row, 2), EntryRows.mac(row, 2));
                        update.setBytes(1, previous);
                        update.setLong(2, row.getLong(1));
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
            superuser.commit();
        }
    }

    private static byte[] hashAt(Connection connection, long position) throws SQLException {
        try (PreparedStatement select =
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
        assertThat(verification.reason()).isEqualTo(reason);
        assertThat(verification.firstBadPosition()).isEqualTo(firstBad);
        assertThat(verification.lastGoodPosition()).isEqualTo(firstBad - 1);
    }
}
