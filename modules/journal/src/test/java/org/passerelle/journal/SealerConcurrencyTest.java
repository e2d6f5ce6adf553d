package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes, each with a writer and a sealer, on one database: one chain, each entry once. */
class SealerConcurrencyTest {

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
    void aSealerHoldingTheLockMakesTheOtherOneStandBack() throws SQLException {
        journal.write(10);
        try (Connection first = journal.database.connect();
                Connection second = journal.database.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(journal.sealer.sealPending(first, 4)).isEqualTo(4);

            assertThat(journal.sealer.sealPending(second, 100)).isZero();
            assertThat(journal.sealer.checkpoint(second)).isEmpty();
            second.rollback();

            first.commit();
            assertThat(journal.sealer.sealPending(second, 100)).isEqualTo(6);
            second.commit();
        }
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void racingSealersNeverSealAnEntryTwiceNorForkTheChain() throws Exception {
        JournalSealer nodeA = new JournalSealer(journal.keys, checkpoints);
        JournalSealer nodeB = new JournalSealer(journal.keys, checkpoints);
        JournalWriter writerA = new JournalWriter(journal.keys);
        JournalWriter writerB = new JournalWriter(journal.keys);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> writers =
                    List.of(threads.submit(writer(writerA, start)), threads.submit(writer(writerB, start)));
            List<Future<Integer>> sealers = List.of(
                    threads.submit(sealer(nodeA, start, writing)), threads.submit(sealer(nodeB, start, writing)));
            start.countDown();
            int written = 0;
            for (Future<Integer> writer : writers) {
                written += writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            int sealed = 0;
            for (Future<Integer> sealer : sealers) {
                sealed += sealer.get(60, TimeUnit.SECONDS);
            }
            sealed += journal.sealAll();

            assertThat(sealed).isEqualTo(written);
            try (Connection connection = journal.database.connect();
                    Statement sql = connection.createStatement();
                    ResultSet chain = sql.executeQuery("select count(*), min(position), max(position), "
                            + "count(distinct entry_id), (select count(*) from journal_entry) from journal_seal")) {
                chain.next();
                assertThat(chain.getLong(1)).isEqualTo(written);
                assertThat(chain.getLong(2)).isEqualTo(1);
                assertThat(chain.getLong(3)).isEqualTo(written);
                assertThat(chain.getLong(4)).isEqualTo(written);
                assertThat(chain.getLong(5)).isEqualTo(written);
            }
            assertThat(journal.verify().ok()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    /** 40 transactions of 1 to 10 entries. */
    private Callable<Integer> writer(JournalWriter writer, CountDownLatch start) {
        return () -> {
            start.await();
            int written = 0;
            try (Connection connection = journal.database.connect()) {
                connection.setAutoCommit(false);
                for (int transaction = 0; transaction < 40; transaction++) {
                    for (int i = 0; i <= transaction % 10; i++) {
                        writer.append(connection, SampleEntries.entry(written++));
                    }
                    connection.commit();
                }
            }
            return written;
        };
    }

    /** Seals in small rounds and checkpoints, as fast as it can, until the writers are done. */
    private Callable<Integer> sealer(JournalSealer sealer, CountDownLatch start, AtomicBoolean writing) {
        return () -> {
            start.await();
            int sealed = 0;
            try (Connection connection = journal.database.connect()) {
                connection.setAutoCommit(false);
                while (writing.get()) {
                    sealed += sealer.sealPending(connection, 7);
                    connection.commit();
                    sealer.checkpoint(connection);
                    connection.commit();
                }
            }
            return sealed;
        };
    }
}
