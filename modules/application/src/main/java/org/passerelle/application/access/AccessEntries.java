package org.passerelle.application.access;

import java.util.Collection;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;

/**
 * Where the access gate writes its entries (S11): {@link AccessJournal} on the server, a list in
 * the gate's unit tests. Entries hold ids, usernames, codes and field keys, never a value.
 */
public interface AccessEntries {

    /** An allowed access to these fields, in the access's own transaction; returns the entry's id. */
    long allowed(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            String reasonCode,
            String cadre,
            String purpose);

    /** An export of {@code rows} records (a CSV, an access report). */
    long exported(Caller caller, Target target, Collection<Field> fields, String reasonCode, long rows);

    /** A refused attempt, recorded whatever becomes of the caller's transaction. */
    void refused(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode,
            String cadre,
            String purpose);
}
