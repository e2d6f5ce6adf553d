package org.passerelle.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One access, as recorded (DESIGN S11). Never a personal value: ids, usernames, codes, field keys.
 *
 * <p>Normalised on construction so that what is MACed is exactly what the database gives back:
 * {@code at} is truncated to microseconds (PostgreSQL's {@code timestamptz} precision); {@code roles}
 * and {@code fields} are copied into sorted, unmodifiable sets, {@code null} meaning empty (their
 * columns are {@code not null} and hold the elements joined by commas, so an element must be
 * non-empty and free of commas). The other optional values keep {@code null} apart from {@code ""}.
 *
 * @param id the entry's id, assigned by {@link JournalWriter}; 0 before that
 */
public record JournalEntry(
        long id,
        Instant at,
        String userId,
        String username,
        String organisation,
        Set<String> roles,
        String action,
        UUID personId,
        UUID caseFileId,
        UUID referralId,
        Set<String> fields,
        String cadre,
        String purpose,
        String outcome,
        String reasonCode,
        String requestId,
        String clientAddress,
        boolean breakGlass) {

    /** Separator of set elements in the {@code roles} and {@code fields} columns. */
    static final char SET_SEPARATOR = ',';

    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        at = at.truncatedTo(ChronoUnit.MICROS);
        roles = normalise(roles, "roles");
        fields = normalise(fields, "fields");
    }

    /** The same entry with its id (ids are assigned by {@link JournalWriter}). */
    public JournalEntry withId(long id) {
        return new JournalEntry(
                id,
                at,
                userId,
                username,
                organisation,
                roles,
                action,
                personId,
                caseFileId,
                referralId,
                fields,
                cadre,
                purpose,
                outcome,
                reasonCode,
                requestId,
                clientAddress,
                breakGlass);
    }

    private static Set<String> normalise(Set<String> values, String name) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String value : values) {
            Objects.requireNonNull(value, name + " element");
            if (value.isEmpty() || value.indexOf(SET_SEPARATOR) >= 0) {
                throw new IllegalArgumentException(
                        name + " elements must be non-empty and contain no '" + SET_SEPARATOR + "'");
            }
            sorted.add(value);
        }
        return Collections.unmodifiableSortedSet(sorted);
    }
}
