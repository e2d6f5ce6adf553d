package org.passerelle.application.journal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.passerelle.application.access.AccessEntries;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.journal.JournalEntry;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * Writes the journal (S11). An allowed access is recorded in its own transaction, so that no data
 * leaves the server unless its entry commits with it; a refusal is recorded in a new transaction,
 * because the refused one rolls back. Entries hold ids, usernames, codes and field keys: never a
 * value.
 */
@ApplicationScoped
public class AccessJournal implements AccessEntries {

    @Resource(lookup = "java:jboss/datasources/PasserelleDS")
    DataSource dataSource;

    @Inject
    JournalSettings settings;

    @Inject
    AlertRules alerts;

    @Inject
    Clock clock;

    /** Records an allowed access to these fields; returns the entry's id. */
    @Transactional(TxType.MANDATORY)
    public long allowed(
            Caller caller, JournalAction action, Target target, Collection<Field> fields, String reasonCode) {
        return write(caller, action, target, keys(fields), Outcome.ALLOW, reasonCode, 0, null, null);
    }

    /** Records an allowed access under a cadre de partage and for a purpose: an orientation's share or read (S1, S11). */
    @Override
    @Transactional(TxType.MANDATORY)
    public long allowed(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            String reasonCode,
            String cadre,
            String purpose) {
        return write(caller, action, target, keys(fields), Outcome.ALLOW, reasonCode, 0, cadre, purpose);
    }

    /** Records an export of {@code rows} records (a CSV, an access report). */
    @Override
    @Transactional(TxType.MANDATORY)
    public long exported(Caller caller, Target target, Collection<Field> fields, String reasonCode, long rows) {
        return write(caller, JournalAction.EXPORT, target, keys(fields), Outcome.ALLOW, reasonCode, rows, null, null);
    }

    /** Records a refused attempt, whatever becomes of the caller's transaction. */
    @Transactional(TxType.REQUIRES_NEW)
    public void refused(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode) {
        write(caller, action, target, keys(fields), outcome, reasonCode, 0, null, null);
    }

    /** Records a refused attempt on an orientation, with its cadre and purpose (S11). */
    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void refused(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode,
            String cadre,
            String purpose) {
        write(caller, action, target, keys(fields), outcome, reasonCode, 0, cadre, purpose);
    }

    private long write(
            Caller caller,
            JournalAction action,
            Target target,
            Set<String> fields,
            Outcome outcome,
            String reasonCode,
            long exportedRows,
            String cadre,
            String purpose) {
        Actor actor = ActorContext.current();
        Instant now = clock.instant();
        JournalEntry entry = new JournalEntry(
                0,
                now,
                caller.userId(),
                caller.username(),
                caller.organisation(),
                caller.roles().stream().map(Role::roleName).collect(Collectors.toCollection(TreeSet::new)),
                action.name(),
                target.personId(),
                target.caseFileId(),
                target.referralId(),
                fields,
                cadre,
                purpose,
                outcome.name(),
                reasonCode,
                actor.requestId(),
                actor.clientAddress(),
                CcasAccessPolicy.BREAK_GLASS.equals(reasonCode));
        try (Connection connection = dataSource.getConnection()) {
            long id = settings.writer().append(connection, entry);
            alerts.inspect(
                    connection,
                    new AlertRules.Access(
                            caller.username(),
                            action,
                            target,
                            outcome == Outcome.ALLOW,
                            reasonCode,
                            id,
                            now,
                            exportedRows));
            return id;
        } catch (SQLException e) {
            // No entry, no access: the caller's transaction fails with this.
            throw new JournalUnavailableException(e);
        }
    }

    private static Set<String> keys(Collection<Field> fields) {
        return fields.stream().map(Field::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
