package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries commit out of id order: ids are taken before the commit, by two nodes in blocks. */
class LateCommitTest {

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void database() throws Exception {
        journal = JournalFixture.create(checkpoints);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void anEntryCommittedAfterHigherIdsWereSealedIsStillSealed() throws SQLException {
        JournalWriter nodeA = new JournalWriter(journal.keys);
        JournalWriter nodeB = new JournalWriter(journal.keys);
        try (Connection slow = journal.database.connect();
                Connection quick = journal.database.connect()) {
            slow.setAutoCommit(false);
            quick.setAutoCommit(false);
            long lateId = nodeA.append(slow, SampleEntries.entry(1));
            long firstQuickId = nodeB.append(quick, SampleEntries.entry(2));
            for (int i = 3; i < 7; i++) {
                nodeB.append(quick, SampleEntries.entry(i));
            }
            quick.commit();
            assertThat(journal.sealAll()).isEqualTo(5);
            assertThat(journal.checkpoint()).isPresent();

            slow.commit();
            assertThat(journal.sealAll()).isEqualTo(1);

            assertThat(lateId).isLessThan(firstQuickId);
            assertThat(journal.entryIdAt(1)).isEqualTo(firstQuickId);
            assertThat(journal.entryIdAt(6)).isEqualTo(lateId);
        }
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void anEntryCommittedBeyondTheLookBackWindowIsLeftUnsealed() throws SQLException {
        // The documented limit, with a window of 60 ids instead of 10,000.
        JournalSealer sealer = new JournalSealer(journal.keys, checkpoints, 60);
        JournalWriter nodeA = new JournalWriter(journal.keys);
        try (Connection slow = journal.database.connect();
                Connection sealing = journal.database.connect()) {
            slow.setAutoCommit(false);
            sealing.setAutoCommit(false);
            nodeA.append(slow, SampleEntries.entry(0));
            journal.write(200); // another node: ids 51 to 250
            assertThat(sealer.sealPending(sealing, 1_000)).isEqualTo(200);
            sealing.commit();

            slow.commit();
            assertThat(sealer.sealPending(sealing, 1_000)).isZero();
            sealing.commit();
        }
    }
}
