package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

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
    void aCheckpointIsARowAndAFileHoldingTheSameSignedNote() throws Exception {
        journal.write(12);
        journal.sealAll();

        Checkpoint checkpoint = journal.checkpoint().orElseThrow();

        assertThat(checkpoint.entryCount()).isEqualTo(12);
        assertThat(checkpoint.keyId()).isEqualTo(journal.keys.keyId());
        Path file = checkpoints.resolve("checkpoint-000000000012.note");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(checkpoint.note());
        assertThat(checkpoint.note()).startsWith("passerelle-journal/v1\n12\n");
        assertThat(SignedNote.parse(checkpoint.note()).isSignedBy(journal.keys)).isTrue();
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void noCheckpointWhenTheChainDidNotGrow() throws SQLException {
        assertThat(journal.checkpoint()).isEmpty();
        journal.write(3);
        journal.sealAll();
        assertThat(journal.checkpoint()).isPresent();

        assertThat(journal.checkpoint()).isEmpty();
    }

    @Test
    void sealsOfTheSameTransactionAreLeftForTheNextCheckpoint() throws SQLException {
        journal.write(3);
        journal.sealAll();
        journal.write(4);
        try (Connection connection = journal.database.connect()) {
            connection.setAutoCommit(false);
            assertThat(journal.sealer.sealPending(connection, 100)).isEqualTo(4);

            Optional<Checkpoint> checkpoint = journal.sealer.checkpoint(connection);

            assertThat(checkpoint).map(Checkpoint::entryCount).contains(3L);
            connection.commit();
        }
        assertThat(journal.checkpoint()).map(Checkpoint::entryCount).contains(7L);
    }

    @Test
    void theSealerRefusesAutoCommit() throws SQLException {
        try (Connection connection = journal.database.connect()) {
            assertThatThrownBy(() -> journal.sealer.sealPending(connection, 10))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> journal.sealer.checkpoint(connection)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aCheckpointFileWithAForgedSignatureIsReported() throws Exception {
        journal.build(2, 30, 0);
        // One character of the head hash changed in the file at 30: still a well-formed note.
        Path atThirty = checkpoints.resolve(CheckpointFiles.name(30));
        String[] lines = Files.readString(atThirty, StandardCharsets.UTF_8).split("\n", -1);
        lines[2] = (lines[2].charAt(0) == 'A' ? "B" : "A") + lines[2].substring(1);
        Files.writeString(atThirty, String.join("\n", lines), StandardCharsets.UTF_8);

        Verification flipped = journal.verify();

        assertThat(flipped.ok()).isFalse();
        assertThat(flipped.reason()).isEqualTo("bad-checkpoint-signature");
        assertThat(flipped.firstBadPosition()).isEqualTo(30);
        assertThat(flipped.lastGoodPosition()).isEqualTo(29);
    }

    @Test
    void aCheckpointFileSignedByAnotherKeyIsReported() throws Exception {
        journal.build(2, 30, 0);
        Checkpoint forged = CheckpointNote.sign(JournalKeys.generate(), 45, new byte[32], Instant.now());
        Files.writeString(checkpoints.resolve(CheckpointFiles.name(45)), forged.note(), StandardCharsets.UTF_8);

        Verification verification = journal.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).isEqualTo("bad-checkpoint-signature");
        assertThat(verification.firstBadPosition()).isEqualTo(45);
    }

    @Test
    void aCheckpointRowDisagreeingWithItsNoteIsReported() throws Exception {
        journal.build(2, 30, 0);
        journal.database.tamper("update journal_checkpoint set head_hash = sha256(head_hash) where entry_count = 60");

        Verification verification = journal.verify();

        assertThat(verification.reason()).isEqualTo("checkpoint-row-mismatch");
        assertThat(verification.firstBadPosition()).isEqualTo(60);
    }
}
