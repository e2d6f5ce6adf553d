package org.passerelle.bench.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passerelle.journal.JournalVerifier;

class JournalBenchmarkTest {

    private static final Instant RUN = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void theVerificationsEntriesAreDatedInOrderOverThirtyDaysAllOlderThanTheVerifiersGrace() {
        long count = 1_000_000;

        assertThat(JournalBenchmark.datedBack(RUN, 0, count)).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(JournalBenchmark.datedBack(RUN, count / 2, count)).isEqualTo(Instant.parse("2026-11-09T09:00:00Z"));
        assertThat(JournalBenchmark.datedBack(RUN, 1, count)).isAfter(JournalBenchmark.datedBack(RUN, 0, count));
        assertThat(Duration.between(JournalBenchmark.datedBack(RUN, count - 1, count), RUN))
                .isGreaterThan(JournalVerifier.UNSEALED_GRACE);
    }

    @Test
    void theBaselineReadsTheVerifiersRowsAndThePlainTableHasTheEntryColumnsButTheMac() {
        assertThat(JournalVerifier.CHAIN)
                .contains("from journal_seal s left join journal_entry e on e.id = s.entry_id")
                .endsWith("order by s.position")
                .contains("e.mac");
        assertThat(JournalVerifier.CHAIN
                        .substring(0, JournalVerifier.CHAIN.indexOf(" from "))
                        .split(","))
                .hasSize(22);
        assertThat(JournalBenchmark.PLAIN_INSERT).doesNotContain("mac").contains("nextval('journal_entry_plain_seq')");
        assertThat(JournalBenchmark.PLAIN_INSERT.chars().filter(c -> c == '?')).hasSize(17);
    }
}
