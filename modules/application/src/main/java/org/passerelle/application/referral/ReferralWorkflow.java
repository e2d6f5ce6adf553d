package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.domain.convention.ReasonCode;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralChange;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralHandedOver;
import org.passerelle.domain.referral.ReferralMessaged;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.domain.referral.ReferralTransitioned;
import org.passerelle.domain.referral.TransitionRefusedException;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.secrecy.referral.TransitionDecision;

/**
 * What both sides and the timers share: turning the orientation's own refusals (DESIGN §4) into
 * journaled answers (with the orientation's cadre and purpose, S11), and recording an allowed
 * transition as a timeline event (with its sealed message) and a journal entry, then firing the
 * {@link ReferralChange} that the outbox and the notices observe.
 */
@ApplicationScoped
class ReferralWorkflow {

    /** Codes partners and senders give: outcome codes, cancellation reasons (the rejection's come from the convention). */
    static final int MESSAGE_MAX = 2000;

    private static final Set<Field> MESSAGE = Set.of(Field.REFERRAL_MESSAGE);

    @Inject
    ReferralRepository referrals;

    @Inject
    AccessGate gate;

    @Inject
    FieldProtection protection;

    /**
     * §4: the other side is told, by e-mail once the transaction commits (never the message), and a
     * partner working in its own system over its channel, through the outbox written in this
     * transaction ({@code application.notification}, {@code application.channel} observe it).
     */
    @Inject
    Event<ReferralChange> changes;

    @Inject
    Clock clock;

    Referral find(UUID id) {
        if (id == null) {
            throw new NotFoundException("orientation");
        }
        return referrals.find(id).orElseThrow(() -> new NotFoundException("orientation"));
    }

    /** Journals a refusal about this orientation and returns it to throw: 403, 404 or 423 as {@code outcome} says. */
    RuntimeException refuse(
            Caller caller,
            JournalAction attempted,
            Referral referral,
            Collection<Field> fields,
            Outcome outcome,
            String reasonCode) {
        return gate.refuse(caller, attempted, Target.of(referral), fields, outcome, reasonCode, Sharing.of(referral));
    }

    /**
     * Refuses, before anything else of the request is looked at, what the orientation's lifecycle
     * refuses this actor: journaled and thrown (403, 404, or 409 journaled as FORBIDDEN wrong-state).
     */
    void require(Caller caller, ReferralActor actor, Referral referral, Transition transition) {
        try {
            referral.requireAllowed(actor, transition);
        } catch (TransitionRefusedException e) {
            throw refused(caller, referral, transition, e);
        }
    }

    /**
     * Refuses what {@link RecipientChange} refuses this actor ({@code manager}: the caller is the
     * partner's manager), journaled as {@link #require} does.
     */
    void require(Caller caller, ReferralActor actor, boolean manager, Referral referral, RecipientChange change) {
        TransitionDecision decision = change.decide(actor, manager, referral.status());
        if (!decision.allowed()) {
            throw refused(caller, referral, JournalAction.UPDATE, new TransitionRefusedException(decision));
        }
    }

    /**
     * Changes who works on the orientation (an assignment or a handover): a timeline line naming
     * the new holder, with the reason sealed, and an UPDATE entry naming the message field only
     * (never the holder's name nor the reason); then the other side is told.
     */
    void changeRecipient(
            Caller caller,
            ReferralActor actor,
            boolean manager,
            Referral referral,
            RecipientChange change,
            String to,
            String reason,
            Instant at) {
        ReferralHandedOver changed;
        try {
            changed = referral.changeRecipient(actor, manager, change, caller.username(), to, at);
        } catch (TransitionRefusedException e) {
            throw refused(caller, referral, JournalAction.UPDATE, e);
        }
        gate.open(
                caller,
                JournalAction.UPDATE,
                Target.of(referral),
                Grant.sharing(
                        "referral-" + change.name().toLowerCase(Locale.ROOT),
                        reason == null ? Set.of() : MESSAGE,
                        Sharing.of(referral)),
                opener -> line(opener, caller, referral, changed.kind(), referral.status(), null, reason, at, to));
        changes.fire(changed);
    }

    private RuntimeException refused(
            Caller caller, Referral referral, Transition transition, TransitionRefusedException refusal) {
        return refused(
                caller, referral, transition == Transition.SEND ? JournalAction.SHARE : JournalAction.UPDATE, refusal);
    }

    private RuntimeException refused(
            Caller caller, Referral referral, JournalAction attempted, TransitionRefusedException refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> refuse(caller, attempted, referral, Set.of(), Outcome.NOT_FOUND, refusal.reasonCode());
            case FORBIDDEN -> refuse(caller, attempted, referral, Set.of(), Outcome.FORBIDDEN, refusal.reasonCode());
            case CONFLICT -> {
                // The journal's outcomes are access outcomes; the reason code says it was the status.
                gate.refuse(
                        caller,
                        attempted,
                        Target.of(referral),
                        Set.of(),
                        Outcome.FORBIDDEN,
                        refusal.reasonCode(),
                        Sharing.of(referral));
                yield new ReferralStateException(refusal.reasonCode());
            }
        };
    }

    /**
     * Moves the orientation (not SEND) as {@code actor}, refused as {@link #require} says: the
     * status, a timeline event and an UPDATE entry naming the message field when one came with it;
     * then the other side is told.
     */
    void apply(
            Caller caller,
            ReferralActor actor,
            Referral referral,
            Transition transition,
            String code,
            String message,
            Instant at) {
        apply(caller, actor, referral, transition, code, message, at, null);
    }

    /**
     * The same by a delegate: the entry's reason code names the delegation ({@code ground}) rather
     * than the transition, so the DPO sees on which ground it was done (S6).
     */
    void apply(
            Caller caller,
            ReferralActor actor,
            Referral referral,
            Transition transition,
            String code,
            String message,
            Instant at,
            String ground) {
        ReferralTransitioned change;
        try {
            change = referral.apply(actor, transition, caller.username(), code, at);
        } catch (TransitionRefusedException e) {
            throw refused(caller, referral, transition, e);
        }
        gate.open(
                caller,
                JournalAction.UPDATE,
                Target.of(referral),
                Grant.sharing(
                        ground != null
                                ? ground
                                : code == null ? "referral-" + transition.name().toLowerCase() : code,
                        MESSAGE,
                        Sharing.of(referral)),
                opener -> {
                    line(opener, caller, referral, change.kind(), change.from(), code, message, at);
                    return null;
                });
        changes.fire(change);
    }

    /**
     * Records a message (information asked or given) on an open orientation, without changing its
     * status: a MESSAGE line on the timeline and an UPDATE entry naming the message field; then the
     * other side is told.
     */
    void message(Caller caller, ReferralActor actor, Referral referral, TransitionDetails details) {
        message(caller, actor, referral, details, null);
    }

    /** The same, by a delegate when {@code ground} names the delegation the entry carries instead. */
    void message(Caller caller, ReferralActor actor, Referral referral, TransitionDetails details, String ground) {
        String code = code("reasonCode", details == null ? null : details.reasonCode(), false);
        String message = text("message", details == null ? null : details.message(), MESSAGE_MAX, true);
        Instant at = clock.instant();
        ReferralEvent line = gate.open(
                caller,
                JournalAction.UPDATE,
                Target.of(referral),
                Grant.sharing(
                        ground != null ? ground : code == null ? "referral-message" : code,
                        MESSAGE,
                        Sharing.of(referral)),
                opener -> line(opener, caller, referral, ReferralEvent.MESSAGE, referral.status(), code, message, at));
        changes.fire(new ReferralMessaged(referral, actor, line.id(), at));
    }

    /** Adds the creation of a draft to its timeline; nobody else hears of a draft (the caller journals it). */
    void created(Caller caller, Referral referral) {
        line(null, caller, referral, ReferralEvent.CREATE, null, null, null, referral.createdAt());
    }

    /**
     * Adds a change made elsewhere (a send, a reminder, a late acknowledgement) to the timeline, without
     * text, and tells the other side (the caller journals it).
     */
    void record(Caller caller, ReferralChange change) {
        ReferralStatus from = change instanceof ReferralTransitioned moved
                ? moved.from()
                : change.referral().status();
        String code = change instanceof ReferralTransitioned moved ? moved.code() : null;
        line(null, caller, change.referral(), change.kind(), from, code, null, change.at());
        changes.fire(change);
    }

    /** Adds a line to the timeline, its message sealed through the gate's opener with the sending CCAS's key. */
    private ReferralEvent line(
            Opener opener,
            Caller caller,
            Referral referral,
            String kind,
            ReferralStatus from,
            String code,
            String message,
            Instant at) {
        return line(opener, caller, referral, kind, from, code, message, at, null);
    }

    /** The same, naming who holds the orientation after it (an assignment, a handover); stored at once, never updated. */
    private ReferralEvent line(
            Opener opener,
            Caller caller,
            Referral referral,
            String kind,
            ReferralStatus from,
            String code,
            String message,
            Instant at,
            String holder) {
        ReferralEvent event = new ReferralEvent(
                referral,
                at,
                caller.username(),
                caller.organisation(),
                kind,
                from,
                referral.status(),
                code,
                protection.primaryKeyVersion(referral.organisationCode()));
        event.holder(holder);
        if (message != null) {
            opener.seal(event, Field.REFERRAL_MESSAGE, message);
        }
        referrals.add(event);
        return event;
    }

    /** The timeline, oldest first, its messages opened through the access's opener (none without one). */
    List<TimelineEvent> timeline(Opener opener, Referral referral) {
        List<TimelineEvent> timeline = new ArrayList<>();
        for (ReferralEvent e : referrals.events(referral.id())) {
            timeline.add(new TimelineEvent(
                    e.at(),
                    e.username(),
                    e.actorOrganisation(),
                    e.kind(),
                    e.from(),
                    e.to(),
                    e.reasonCode(),
                    opener != null && e.hasMessage() ? opener.open(e, Field.REFERRAL_MESSAGE) : null,
                    e.holder()));
        }
        return timeline;
    }

    static String code(String field, String code, boolean required) {
        if (code == null) {
            if (required) {
                throw new InvalidInputException(field, "is required");
            }
            return null;
        }
        return ReasonCode.of(field, code).code();
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "is required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, "contains control characters");
        }
        return trimmed;
    }
}
