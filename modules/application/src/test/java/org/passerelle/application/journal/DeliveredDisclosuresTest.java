package org.passerelle.application.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.application.identity.Caller;
import org.passerelle.journal.JournalEntry;

/** Issue 16: the access report counts one disclosure per message that reached its partner, whatever the attempts. */
class DeliveredDisclosuresTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final UUID PERSON = UUID.randomUUID();

    private final List<JournalEntry> journal = new ArrayList<>();

    private JournalEntry write(String username, String organisation, String action, String requestId) {
        JournalEntry entry = new JournalEntry(
                journal.size() + 1,
                T0.plusSeconds(journal.size()),
                username.startsWith("system:") ? "system" : "u-1",
                username,
                organisation,
                Set.of(),
                action,
                PERSON,
                null,
                UUID.randomUUID(),
                Set.of("referral.reason"),
                "SOCIAL_ACTION",
                "acces-aux-droits",
                "ALLOW",
                "partner-delivery-triage",
                requestId,
                "channel:HTTPS",
                false);
        journal.add(entry);
        return entry;
    }

    private JournalEntry delivery(String action, String messageId) {
        return write(Caller.PARTNER_DELIVERY, "caf-49", action, messageId);
    }

    /** As the journal search gives them: newest first. */
    private List<JournalEntry> reported() {
        return DeliveredDisclosures.of(journal.stream()
                .sorted(Comparator.comparingLong(JournalEntry::id).reversed())
                .toList());
    }

    @Test
    void aDeliveredMessageCountsOnceToItsPartner() {
        JournalEntry share = delivery("SHARE", "m-1");

        assertThat(reported()).containsExactly(share);
    }

    @Test
    void aMessageThatDiedUndeliveredCountsNotAtAll() {
        delivery("SHARE", "m-1");
        delivery("UNDELIVERED", "m-1");

        assertThat(reported()).isEmpty();
    }

    @Test
    void aDeadMessageResentAndDeliveredCountsOnceByItsNewShare() {
        delivery("SHARE", "m-1");
        delivery("UNDELIVERED", "m-1");
        JournalEntry resent = delivery("SHARE", "m-1");

        assertThat(reported()).containsExactly(resent);
    }

    @Test
    void aResentMessageThatDiesAgainCountsNotAtAll() {
        delivery("SHARE", "m-1");
        delivery("UNDELIVERED", "m-1");
        delivery("SHARE", "m-1");
        delivery("UNDELIVERED", "m-1");

        assertThat(reported()).isEmpty();
    }

    @Test
    void messagesCountApartAndInTheOrderGiven() {
        JournalEntry first = delivery("SHARE", "m-1");
        delivery("SHARE", "m-2");
        JournalEntry third = delivery("SHARE", "m-3");
        delivery("UNDELIVERED", "m-2");

        assertThat(reported()).containsExactly(third, first);
    }

    @Test
    void everyOtherEntryIsKeptAsItIs() {
        JournalEntry send = write("agent.saumur", "ccas-saumur", "SHARE", "req-1");
        JournalEntry sameRequest = write("agent.saumur", "ccas-saumur", "SHARE", "req-1");
        JournalEntry read = write("agent.saumur", "ccas-saumur", "READ", "req-2");
        JournalEntry unnamed = write(Caller.PARTNER_DELIVERY, null, "SHARE", null);
        JournalEntry unnamedAgain = write(Caller.PARTNER_DELIVERY, null, "SHARE", null);

        assertThat(reported()).containsExactly(unnamedAgain, unnamed, read, sameRequest, send);
    }
}
