package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalEntryTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:00:00.000001Z");

    private static JournalEntry entry(
            String username,
            String organisation,
            Set<String> roles,
            Set<String> fields,
            String cadre,
            UUID personId,
            UUID caseFileId) {
        return new JournalEntry(
                51,
                AT,
                "u1",
                username,
                organisation,
                roles,
                "READ",
                personId,
                caseFileId,
                null,
                fields,
                cadre,
                null,
                "ALLOWED",
                null,
                "r",
                null,
                true);
    }

    @Test
    void theLayoutIsVersionOneAsDocumented() {
        JournalEntry entry = new JournalEntry(
                51,
                AT,
                "u1",
                "agent.saumur",
                null,
                Set.of("ccas-agent"),
                "READ",
                new UUID(1, 2),
                null,
                null,
                Set.of("contact.phone", "b", "a"),
                "",
                null,
                "ALLOWED",
                null,
                "r",
                null,
                true);

        assertThat(HexFormat.of().formatHex(CanonicalEntry.encode(entry)))
                .isEqualTo(""
                        + "01" + "0000000000000033" + "00062f434f4ca001" // version, id 51, at (µs)
                        + "01000000027531" + "010000000c6167656e742e7361756d7572" // userId, username
                        + "00" + "00000001" + "0000000a636361732d6167656e74" // organisation null, roles
                        + "010000000452454144" // action
                        + "01" + "00000000000000010000000000000002" + "00" + "00" // personId, caseFileId, referralId
                        + "00000003" + "0000000161" + "0000000162"
                        + "0000000d636f6e746163742e70686f6e65" // fields, sorted
                        + "0100000000" + "00" // cadre "", purpose null
                        + "0100000007414c4c4f574544" + "00" + "010000000172" + "00" // outcome, reason, request, address
                        + "01"); // breakGlass
    }

    @Test
    void nullAndEmptyEncodeDifferently() {
        assertDistinct(
                entry("a", null, Set.of(), Set.of(), null, null, null),
                entry("a", "", Set.of(), Set.of(), null, null, null),
                entry("a", null, Set.of(), Set.of(), "", null, null));
    }

    @Test
    void bytesCannotMoveAcrossFieldBoundaries() {
        assertDistinct(
                entry("ab", "c", Set.of(), Set.of(), null, null, null),
                entry("a", "bc", Set.of(), Set.of(), null, null, null),
                entry("a", "b", Set.of("c"), Set.of(), null, null, null),
                entry("a", "b", Set.of(), Set.of("c"), null, null, null),
                entry("a", "b", Set.of("ab"), Set.of(), null, null, null),
                entry("a", "b", Set.of("a", "b"), Set.of(), null, null, null));
    }

    @Test
    void aUuidInOneTargetIsNotTheSameUuidInAnother() {
        UUID id = UUID.randomUUID();
        assertDistinct(
                entry("a", null, Set.of(), Set.of(), null, id, null),
                entry("a", null, Set.of(), Set.of(), null, null, id));
    }

    @Test
    void everyFieldCounts() {
        JournalEntry base = SampleEntries.entry(3);
        assertDistinct(
                base,
                base.withId(base.id() + 1),
                new JournalEntry(
                        base.id(),
                        base.at().plusNanos(1_000),
                        base.userId(),
                        base.username(),
                        base.organisation(),
                        base.roles(),
                        base.action(),
                        base.personId(),
                        base.caseFileId(),
                        base.referralId(),
                        base.fields(),
                        base.cadre(),
                        base.purpose(),
                        base.outcome(),
                        base.reasonCode(),
                        base.requestId(),
                        base.clientAddress(),
                        !base.breakGlass()),
                new JournalEntry(
                        base.id(),
                        base.at(),
                        base.userId(),
                        base.username(),
                        base.organisation(),
                        base.roles(),
                        base.action(),
                        base.personId(),
                        base.caseFileId(),
                        base.referralId(),
                        base.fields(),
                        base.cadre(),
                        base.purpose(),
                        base.outcome(),
                        base.reasonCode(),
                        base.requestId(),
                        base.clientAddress(),
                        !base.breakGlass()));
    }

    @Test
    void setsEncodeTheSameWhateverTheirOrder() {
        Set<String> forward = new LinkedHashSet<>(List.of("b", "a", "é", "z"));
        Set<String> backward = new LinkedHashSet<>(List.of("z", "é", "a", "b"));

        assertThat(CanonicalEntry.encode(entry("a", null, forward, forward, null, null, null)))
                .isEqualTo(CanonicalEntry.encode(entry("a", null, backward, backward, null, null, null)));
    }

    @Test
    void theEntryKeepsOnlyWhatTheDatabaseKeeps() {
        JournalEntry entry = entry("a", null, null, null, null, null, null).withId(7);
        JournalEntry nanos = new JournalEntry(
                7,
                AT.plusNanos(999),
                "u1",
                "a",
                null,
                Set.of(),
                "READ",
                null,
                null,
                null,
                Set.of(),
                null,
                null,
                "ALLOWED",
                null,
                "r",
                null,
                true);

        assertThat(entry.roles()).isEmpty();
        assertThat(entry.fields()).isEmpty();
        assertThat(nanos).isEqualTo(entry);
        assertThat(CanonicalEntry.encode(nanos)).isEqualTo(CanonicalEntry.encode(entry));
    }

    @Test
    void setElementsMustSurviveTheCommaJoinedColumn() {
        assertThatThrownBy(() -> entry("a", null, Set.of("a,b"), Set.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry("a", null, Set.of(), Set.of(""), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowThatIsNoEntryHasItsOwnVersionByte() {
        byte[] raw = CanonicalEntry.encodeRaw(new String[] {"1", null});

        assertThat(raw[0]).isEqualTo(CanonicalEntry.RAW);
        assertThat(HexFormat.of().formatHex(raw)).isEqualTo("00" + "010000000131" + "00");
    }

    private static void assertDistinct(JournalEntry... entries) {
        List<String> encodings = java.util.Arrays.stream(entries)
                .map(entry -> HexFormat.of().formatHex(CanonicalEntry.encode(entry)))
                .toList();
        assertThat(encodings).doesNotHaveDuplicates();
    }
}
