package org.passerelle.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * The one way in to personal data (S3, S11). Use cases ask the policy; the gate enforces its
 * answer: a refusal is journaled in a transaction of its own and handed back to throw, an allowed
 * access opens fields only through an {@link Opener} and ends with one entry naming exactly the
 * fields opened or written. Nothing else opens a sealed field or writes an access entry.
 */
@ApplicationScoped
public class AccessGate {

    /** Forbidden: the caller's role does not allow this at all. */
    public static final String ROLE_NOT_PERMITTED = "role-not-permitted";
    /** Forbidden: a field the caller's access does not cover (reception writing a NIR). */
    public static final String FIELD_NOT_PERMITTED = "field-not-permitted";

    private final AccessEntries journal;
    private final FieldProtection protection;

    @Inject
    public AccessGate(AccessEntries journal, FieldProtection protection) {
        this.journal = journal;
        this.protection = protection;
    }

    /** For CDI proxies only. */
    protected AccessGate() {
        this(null, null);
    }

    /** Journals a refusal and returns it, for the caller to throw: {@code throw gate.refuse(...)}. */
    public AccessRefusedException refuse(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode) {
        return refuse(caller, action, target, fields, outcome, reasonCode, null);
    }

    /** Journals a refusal of an access through an orientation, with its cadre and purpose. */
    public AccessRefusedException refuse(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode,
            Sharing sharing) {
        journal.refused(caller, action, target, fields, outcome, reasonCode, cadre(sharing), purpose(sharing));
        return new AccessRefusedException(outcome, reasonCode);
    }

    /** Journals and returns the refusal of a caller whose role does not allow {@code action} at all. */
    public AccessRefusedException refuseRole(Caller caller, JournalAction action, Target target) {
        return refuse(caller, action, target, Set.of(), Outcome.FORBIDDEN, ROLE_NOT_PERMITTED);
    }

    /**
     * Lets a caller holding one of {@code roles} through; anyone else is refused as
     * {@link #ROLE_NOT_PERMITTED}, journaled against the caller's organisation.
     */
    public void requireRole(Caller caller, JournalAction action, Role... roles) {
        requireRole(caller, action, Target.organisation(caller.organisation()), roles);
    }

    /** The same, the refusal naming what the caller asked about. */
    public void requireRole(Caller caller, JournalAction action, Target target, Role... roles) {
        for (Role role : roles) {
            if (caller.has(role) && caller.organisation() != null) {
                return;
            }
        }
        throw refuseRole(caller, action, target);
    }

    /**
     * Enforces a decision of the policy: a refusal, or an allowance that does not cover
     * {@code needed} (reception sees no dossier content), is journaled and thrown.
     */
    public AccessDecision require(
            Caller caller, AccessDecision decision, Set<Field> needed, JournalAction action, Target target) {
        if (!decision.allowed()) {
            throw refuse(caller, action, target, needed, decision.outcome(), decision.reasonCode());
        }
        if (!decision.visibleFields().containsAll(needed)) {
            throw refuse(caller, action, target, needed, Outcome.FORBIDDEN, decision.reasonCode());
        }
        return decision;
    }

    /** Journals an allowed access that opens no sealed field: a write of {@code fields}, a consent change, an audit. */
    public long record(
            Caller caller, JournalAction action, Target target, Collection<Field> fields, String reasonCode) {
        return journal.allowed(caller, action, target, fields, reasonCode, null, null);
    }

    /** The same through an orientation: a transition, a message, a disclosure to a partner's system. */
    public long record(
            Caller caller,
            JournalAction action,
            Target target,
            Collection<Field> fields,
            String reasonCode,
            Sharing sharing) {
        return journal.allowed(caller, action, target, fields, reasonCode, cadre(sharing), purpose(sharing));
    }

    /** Journals an export of {@code rows} records that opened no sealed field (the journal's own CSV). */
    public long exported(Caller caller, Target target, Collection<Field> fields, String reasonCode, long rows) {
        return journal.exported(caller, target, fields, reasonCode, rows);
    }

    /** An export of {@code rows} records that opens fields (an usager's name on their access report). */
    public <T> T export(Caller caller, Target target, Grant grant, long rows, Function<Opener, T> work) {
        Opener opener = opener(caller, JournalAction.EXPORT, target, grant);
        T result = run(opener, work);
        journal.exported(caller, target, opener.fields(), grant.reasonCode(), rows);
        return result;
    }

    /**
     * Runs {@code work} with an {@link Opener} limited to the granted fields, then journals one
     * entry naming the fields it opened or sealed. Must run inside the access's transaction, so
     * that nothing leaves unless the entry commits with it.
     */
    public <T> T open(Caller caller, JournalAction action, Target target, Grant grant, Function<Opener, T> work) {
        Opener opener = opener(caller, action, target, grant);
        T result = run(opener, work);
        Sharing sharing = grant.sharing();
        journal.allowed(caller, action, target, opener.fields(), grant.reasonCode(), cadre(sharing), purpose(sharing));
        return result;
    }

    /**
     * Runs {@code work} with an {@link Opener} limited to the granted fields and writes no entry:
     * only for another attempt at a disclosure an earlier, committed entry already records (an
     * outbox message retried, S11). The data that leaves is the same message's.
     */
    public <T> T openAgain(Caller caller, JournalAction action, Target target, Grant grant, Function<Opener, T> work) {
        return run(opener(caller, action, target, grant), work);
    }

    /** The work, with an opener that is useless once it returns (nothing opens fields behind the entry). */
    private static <T> T run(Opener opener, Function<Opener, T> work) {
        try {
            return work.apply(opener);
        } finally {
            opener.close();
        }
    }

    private Opener opener(Caller caller, JournalAction action, Target target, Grant grant) {
        return new Opener(
                protection,
                grant.fields(),
                field -> refuse(
                        caller,
                        action,
                        target,
                        Set.of(field),
                        Outcome.FORBIDDEN,
                        FIELD_NOT_PERMITTED,
                        grant.sharing()));
    }

    private static String cadre(Sharing sharing) {
        return sharing == null ? null : sharing.cadre().name();
    }

    private static String purpose(Sharing sharing) {
        return sharing == null ? null : sharing.purpose();
    }
}
