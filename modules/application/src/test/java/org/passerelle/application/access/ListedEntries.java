package org.passerelle.application.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;

/** The gate's journal kept in a list, for unit tests: what the gate opens is what it journals. */
public final class ListedEntries implements AccessEntries {

    /** An entry as this fake keeps it: {@code kind} is allowed, exported or refused. */
    public record Entry(
            String kind,
            JournalAction action,
            Target target,
            Set<String> fields,
            String outcome,
            String reason,
            String cadre,
            String purpose) {}

    private final List<Entry> entries = new ArrayList<>();

    /** The entries so far, in order; the list is live (tests may clear it). */
    public List<Entry> entries() {
        return entries;
    }

    /** The refusals so far, each as "OUTCOME reason". */
    public List<String> refusals() {
        return entries.stream()
                .filter(e -> e.kind().equals("refused"))
                .map(e -> e.outcome() + " " + e.reason())
                .toList();
    }

    @Override
    public long allowed(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            String reasonCode,
            String cadre,
            String purpose) {
        entries.add(new Entry("allowed", action, target, keys(fields), "ALLOW", reasonCode, cadre, purpose));
        return entries.size();
    }

    @Override
    public long exported(Caller caller, Target target, Collection<Field> fields, String reasonCode, long rows) {
        entries.add(new Entry("exported", JournalAction.EXPORT, target, keys(fields), "ALLOW", reasonCode, null, null));
        return entries.size();
    }

    @Override
    public void refused(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode,
            String cadre,
            String purpose) {
        entries.add(new Entry("refused", action, target, keys(fields), outcome.name(), reasonCode, cadre, purpose));
    }

    private static Set<String> keys(Collection<Field> fields) {
        Set<String> keys = new TreeSet<>();
        fields.forEach(f -> keys.add(f.key()));
        return keys;
    }
}
