package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rough figures for issue 8 (at least 3,000 chained appends/s; 10,000,000 entries verified in
 * 5 minutes), logged and not asserted: timing depends on the machine. The benchmark module
 * measures them properly.
 */
class VerificationSpeedTest {

    private static final System.Logger LOG = System.getLogger(VerificationSpeedTest.class.getName());
    private static final int ENTRIES = 50_000;

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
    void verifiesFiftyThousandEntries() throws SQLException {
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            journal.write(ENTRIES / 10);
        }
        long written = System.nanoTime();
        assertThat(journal.sealAll()).isEqualTo(ENTRIES);
        long sealed = System.nanoTime();
        journal.checkpoint().orElseThrow();

        Verification verification = journal.verify();

        assertThat(verification.ok()).isTrue();
        assertThat(verification.entriesVerified()).isEqualTo(ENTRIES);
        LOG.log(
                Level.INFO,
                String.format(
                        "journal, %,d entries: append %,.0f/s (one transaction per %,d), "
                                + "seal %,.0f/s, verify %,.0f/s (%d ms)",
                        ENTRIES,
                        perSecond(written - started),
                        ENTRIES / 10,
                        perSecond(sealed - written),
                        ENTRIES / (verification.took().toNanos() / 1e9),
                        verification.took().toMillis()));
    }

    private static double perSecond(long nanos) {
        return ENTRIES / (nanos / 1e9);
    }
}
