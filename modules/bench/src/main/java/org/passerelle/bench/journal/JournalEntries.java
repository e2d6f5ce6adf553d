package org.passerelle.bench.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.passerelle.journal.JournalEntry;
import org.passerelle.secrecy.Field;
import org.passerelle.testing.people.FictitiousPeople;

/**
 * Journal entries shaped like the ones the application writes (see {@code AccessJournal}): a
 * Keycloak user id and username, an organisation, the token's roles, an action, target uuids, 5 to
 * 15 field keys of the catalogue, a reason code, a request id and a client address; never a
 * personal value. Entry {@code i} is the same on every call for a given seed, apart from its time.
 */
final class JournalEntries {

    /** The keys of the catalogue's fields an access reads: the usager's, the dossier's, notes. */
    static final List<String> FIELD_KEYS = Arrays.stream(Field.values())
            .filter(Field::isShareable)
            .map(Field::key)
            .toList();

    static final int MIN_FIELDS = 5;
    static final int MAX_FIELDS = 15;

    /** Organisation and the application role its staff hold. */
    private static final List<List<String>> ORGANISATIONS = List.of(
            List.of("ccas-saumur", "ccas-agent"), List.of("ccas-saumur", "ccas-agent"),
            List.of("ccas-vitre", "ccas-agent"), List.of("ccas-saumur", "ccas-reception"),
            List.of("caf-49", "partner-caseworker"), List.of("cpam-49", "partner-caseworker"),
            List.of("dept-49", "partner-caseworker"), List.of("ccas-saumur", "auditor"));
    /** Most accesses are reads; the others in rough proportion. */
    private static final List<String> ACTIONS = List.of(
            "READ READ READ READ READ READ READ SEARCH SEARCH UPDATE UPDATE CREATE SHARE EXPORT CONSENT_CHANGE AUDIT"
                    .split(" "));

    private static final List<String> REFUSALS = List.of(
            "FORBIDDEN:role-not-permitted",
            "NOT_FOUND:other-organisation",
            "FORBIDDEN:reception-scope",
            "RESTRICTED:restricted");
    private static final List<String> ALLOW_REASONS =
            List.of("assigned", "same-organisation", "convention", "consent", "dpo");
    private static final List<String> PURPOSES =
            List.of("rsa-follow-up", "housing-support", "health-access", "family-benefits");

    private final long seed;
    /** Usernames as Keycloak's are made: the local part of an e-mail address of the crowd. */
    private final List<String> usernames;

    JournalEntries(long seed) {
        this.seed = seed;
        FictitiousPeople staff = new FictitiousPeople(seed);
        this.usernames = IntStream.range(0, 1_000)
                .mapToObj(i -> staff.person(i).email().split("@")[0])
                .toList();
    }

    /** Entry {@code i}, recorded at {@code at}; its id is 0 until {@code JournalWriter} numbers it. */
    JournalEntry entry(long i, Instant at) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String username = pick(random, usernames);
        List<String> organisation = pick(random, ORGANISATIONS);
        Set<String> roles = new TreeSet<>(
                List.of(organisation.get(1), "default-roles-passerelle", "offline_access", "uma_authorization"));
        String action = pick(random, ACTIONS);
        boolean refused = random.nextInt(20) == 0;
        boolean breakGlass = !refused && random.nextInt(200) == 0;
        String outcome = "ALLOW";
        String reasonCode = breakGlass ? "break-glass" : pick(random, ALLOW_REASONS);
        if (refused) {
            String[] refusal = pick(random, REFUSALS).split(":");
            outcome = refusal[0];
            reasonCode = refusal[1];
        }
        boolean share = action.equals("SHARE");
        return new JournalEntry(
                0,
                at,
                UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8))
                        .toString(),
                username,
                organisation.get(0),
                roles,
                action,
                uuid(random),
                random.nextInt(4) == 0 ? null : uuid(random),
                share ? uuid(random) : null,
                fields(random),
                share ? "secret-partage" : null,
                share ? pick(random, PURPOSES) : null,
                outcome,
                reasonCode,
                uuid(random).toString(),
                "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)),
                breakGlass);
    }

    /** {@value #MIN_FIELDS} to {@value #MAX_FIELDS} distinct field keys. */
    private static Set<String> fields(SplittableRandom random) {
        int count = MIN_FIELDS + random.nextInt(MAX_FIELDS - MIN_FIELDS + 1);
        Set<String> fields = new TreeSet<>();
        while (fields.size() < count) {
            fields.add(pick(random, FIELD_KEYS));
        }
        return fields;
    }

    /** A random version 4 uuid. */
    private static UUID uuid(SplittableRandom random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
