package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed entries still unsealed after ten minutes are counted as a warning: an unsealed entry
 * can be deleted undetected. The count does not make the chain bad.
 */
class UnsealedEntriesAreCountedTest {

    @TempDir
    Path checkpoints;

    private JournalFixture journal;

    @BeforeEach
    void sealedJournal() throws Exception {
        journal = JournalFixture.create(checkpoints);
        journal.build(1, 10, 0);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        journal.close();
    }

    @Test
    void entriesLeftUnsealedForMoreThanTenMinutesAreAWarning() throws SQLException {
        journal.writeAt(Instant.now().minus(Duration.ofHours(1)), 3);
        journal.writeAt(Instant.now().minus(JournalVerifier.UNSEALED_GRACE).plusSeconds(60), 2);

        Verification verification = journal.verify();

        assertThat(verification.unsealedOld()).isEqualTo(3);
        assertThat(verification.ok()).isTrue();
        assertThat(verification.entriesVerified()).isEqualTo(10);
    }

    @Test
    void onceSealedTheyAreNoLongerCounted() throws SQLException {
        journal.writeAt(Instant.now().minus(Duration.ofHours(1)), 3);
        journal.sealAll();

        Verification verification = journal.verify();

        assertThat(verification.unsealedOld()).isZero();
        assertThat(verification.entriesVerified()).isEqualTo(13);
    }
}
