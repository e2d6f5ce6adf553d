package org.passerelle.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Varied entries of the kinds the application writes: ids and codes only, as in production. */
final class SampleEntries {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00.123456Z");
    private static final String[] ACTIONS = {"READ", "CREATE", "UPDATE", "EXPORT", "SHARE", "CONSENT_WITHDRAW"};
    private static final String[] USERS = {"agent.saumur", "agent.vitre", "accueil.saumur", "dpo.saumur"};

    private SampleEntries() {}

    static JournalEntry entry(int i) {
        String username = USERS[i % USERS.length];
        boolean denied = i % 11 == 0;
        return new JournalEntry(
                0,
                START.plusMillis(i * 1_337L),
                "uid-" + username.hashCode(),
                username,
                i % 13 == 0 ? null : "ccas-saumur",
                i % 17 == 0 ? Set.of() : Set.of("ccas-agent", "offline-access"),
                ACTIONS[i % ACTIONS.length],
                uuid("person", i % 40),
                i % 3 == 0 ? null : uuid("case", i % 40),
                i % 5 == 0 ? uuid("referral", i) : null,
                i % 4 == 0 ? Set.of() : Set.of("identity.lastName", "contact.phone", "resources.amount"),
                i % 5 == 0 ? "SOCIAL_ACTION" : null,
                i % 5 == 0 ? "RSA_FOLLOW_UP" : null,
                denied ? "DENIED" : "ALLOWED",
                denied ? "NOT_ASSIGNED" : null,
                "req-" + i,
                i % 7 == 0 ? "" : "10.0.0." + (i % 250),
                i % 50 == 0);
    }

    /** {@link #entry(int)} written at {@code at} instead. */
    static JournalEntry entryAt(int i, Instant at) {
        JournalEntry e = entry(i);
        return new JournalEntry(
                0,
                at,
                e.userId(),
                e.username(),
                e.organisation(),
                e.roles(),
                e.action(),
                e.personId(),
                e.caseFileId(),
                e.referralId(),
                e.fields(),
                e.cadre(),
                e.purpose(),
                e.outcome(),
                e.reasonCode(),
                e.requestId(),
                e.clientAddress(),
                e.breakGlass());
    }

    private static UUID uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8));
    }
}
