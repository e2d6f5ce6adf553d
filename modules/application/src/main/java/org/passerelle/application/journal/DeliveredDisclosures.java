package org.passerelle.application.journal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.identity.Caller;
import org.passerelle.journal.JournalEntry;

/**
 * One disclosure per message that left (S14, issue 16). Of an usager's journal entries, those of
 * Passerelle's delivery to partners' systems name their outbox message in their request id: a
 * message counts once, by its SHARE entry, to the receiving organisation; not at all when an
 * UNDELIVERED entry followed its last SHARE (it died without reaching its partner; a resend
 * journals a new SHARE, which counts if that one arrives). Every other entry is kept as it is,
 * deliveries journaled before messages were named included.
 */
final class DeliveredDisclosures {

    private DeliveredDisclosures() {}

    /** The entries the report lists, in the order given. */
    static List<JournalEntry> of(List<JournalEntry> entries) {
        Map<String, JournalEntry> standing = new HashMap<>();
        entries.stream()
                .filter(DeliveredDisclosures::ofADelivery)
                .sorted(Comparator.comparingLong(JournalEntry::id))
                .forEach(e -> {
                    if (e.action().equals(JournalAction.SHARE.name())) {
                        standing.putIfAbsent(e.requestId(), e);
                    } else {
                        standing.remove(e.requestId());
                    }
                });
        Set<Long> counted = standing.values().stream().map(JournalEntry::id).collect(Collectors.toSet());
        return entries.stream()
                .filter(e -> !ofADelivery(e) || counted.contains(e.id()))
                .toList();
    }

    /** A delivery's SHARE or UNDELIVERED entry, naming its message. */
    private static boolean ofADelivery(JournalEntry e) {
        return Caller.PARTNER_DELIVERY.equals(e.username())
                && e.requestId() != null
                && (e.action().equals(JournalAction.SHARE.name())
                        || e.action().equals(JournalAction.UNDELIVERED.name()));
    }
}
