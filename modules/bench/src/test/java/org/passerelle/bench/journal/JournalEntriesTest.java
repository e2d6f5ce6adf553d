package org.passerelle.bench.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.passerelle.journal.JournalEntry;
import org.passerelle.secrecy.Field;

class JournalEntriesTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:30:00.123456Z");

    private final JournalEntries entries = new JournalEntries(7);

    @Test
    void anEntryIsTheSameOnEveryCallForItsSeedAndIndex() {
        assertThat(entries.entry(12_345, AT)).isEqualTo(new JournalEntries(7).entry(12_345, AT));
        assertThat(entries.entry(12_345, AT)).isNotEqualTo(new JournalEntries(8).entry(12_345, AT));
        assertThat(entries.entry(12_345, AT)).isNotEqualTo(entries.entry(12_346, AT));
        assertThat(entries.entry(1, AT.plusSeconds(1)).at()).isEqualTo(AT.plusSeconds(1));
    }

    @Test
    void entriesLookLikeTheApplicationsAndFitTheColumns() {
        Set<String> actions = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        Set<String> requestIds = new HashSet<>();
        LongStream.range(0, 20_000).mapToObj(i -> entries.entry(i, AT)).forEach(entry -> {
            assertThat(entry.id()).isZero();
            assertThat(entry.fields())
                    .hasSizeBetween(JournalEntries.MIN_FIELDS, JournalEntries.MAX_FIELDS)
                    .allMatch(key -> Field.byKey(key).isPresent());
            assertThat(String.join(",", entry.fields()).length()).isLessThanOrEqualTo(2_000);
            assertThat(String.join(",", entry.roles()))
                    .hasSizeLessThanOrEqualTo(200)
                    .contains("default-roles");
            assertThat(entry.username()).matches("[a-z-]+(\\.[a-z-]+)?\\d*").hasSizeLessThanOrEqualTo(255);
            assertThat(UUID.fromString(entry.userId())).isNotNull();
            assertThat(entry.organisation()).isNotBlank().hasSizeLessThanOrEqualTo(64);
            assertThat(entry.personId().version()).isEqualTo(4);
            assertThat(entry.requestId()).hasSize(36);
            assertThat(entry.clientAddress()).matches("10\\.\\d+\\.\\d+\\.\\d+");
            assertThat(entry.reasonCode()).isNotBlank().hasSizeLessThanOrEqualTo(64);
            assertThat(entry.action()).hasSizeLessThanOrEqualTo(40);
            assertThat(entry.cadre() == null).isEqualTo(!entry.action().equals("SHARE"));
            actions.add(entry.action());
            outcomes.add(entry.outcome());
            requestIds.add(entry.requestId());
        });
        assertThat(actions).contains("READ", "SEARCH", "UPDATE", "SHARE", "EXPORT");
        assertThat(outcomes).contains("ALLOW", "FORBIDDEN", "NOT_FOUND");
        assertThat(requestIds).hasSize(20_000);
    }

    @Test
    void fieldCountsSpanTheWholeRange() {
        Set<Integer> counts = new HashSet<>();
        LongStream.range(0, 2_000)
                .mapToObj(i -> entries.entry(i, AT))
                .map(JournalEntry::fields)
                .forEach(fields -> counts.add(fields.size()));
        assertThat(counts).contains(JournalEntries.MIN_FIELDS, JournalEntries.MAX_FIELDS);
    }
}
