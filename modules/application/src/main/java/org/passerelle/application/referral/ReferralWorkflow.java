package org.passerelle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Sharing;
import org.passerelle.application.access.Target;
import org.passerelle.application.channel.PartnerOutbox;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.notification.ReferralNotices;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.domain.convention.ReasonCode;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.referral.Referral;
import org.passerelle.domain.referral.ReferralEvent;
import org.passerelle.domain.referral.ReferralRepository;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralLifecycle;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.secrecy.referral.TransitionDecision;

/**
 * What both sides and the timers share: asking {@link ReferralLifecycle} and enforcing its answer
 * (a refusal journaled with the orientation's cadre and purpose, S11), and recording an allowed
 * transition as a status change, a timeline event (with its sealed message) and a journal entry.
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

    @Inject
    ReferralNotices notices;

    @Inject
    PartnerOutbox outbox;

    Referral find(UUID id) {
        if (id == null) {
            throw new NotFoundException("orientation");
        }
        return referrals.find(id).orElseThrow(() -> new NotFoundException("orientation"));
    }

    /** Journals a refusal about this orientation and returns it to throw: 403, 404 or 423 as {@code outcome} says. */
    RuntimeException refuse(Caller caller, JournalAction attempted, Referral referral, Collection<Field> fields,
                            Outcome outcome, String reasonCode) {
        return gate.refuse(caller, attempted, Target.of(referral), fields, outcome, reasonCode, Sharing.of(referral));
    }

    /** Asks the lifecycle; a refusal is journaled and thrown (403, 404, or 409 journaled as FORBIDDEN wrong-state). */
    void require(Caller caller, ReferralActor actor, Referral referral, Transition transition) {
        TransitionDecision decision = ReferralLifecycle.decide(actor, referral.status(), transition);
        if (decision.allowed()) {
            return;
        }
        JournalAction attempted = transition == Transition.SEND ? JournalAction.SHARE : JournalAction.UPDATE;
        switch (decision.refusal().orElseThrow()) {
            case NOT_FOUND -> throw refuse(caller, attempted, referral, Set.of(), Outcome.NOT_FOUND, decision.reasonCode());
            case FORBIDDEN -> throw refuse(caller, attempted, referral, Set.of(), Outcome.FORBIDDEN, decision.reasonCode());
            case CONFLICT -> {
                // The journal's outcomes are access outcomes; the reason code says it was the status.
                gate.refuse(caller, attempted, Target.of(referral), Set.of(), Outcome.FORBIDDEN, decision.reasonCode(),
                        Sharing.of(referral));
                throw new ReferralStateException(decision.reasonCode());
            }
        }
    }

    /**
     * Applies an allowed transition (not SEND): the status, a timeline event and an UPDATE entry
     * naming the message field when one came with it.
     */
    void apply(Caller caller, Referral referral, Transition transition, String code, String message, Instant at) {
        ReferralStatus from = referral.status();
        referral.apply(transition, caller.username(), code, at);
        gate.open(caller, JournalAction.UPDATE, Target.of(referral), Grant.sharing(
                code == null ? "referral-" + transition.name().toLowerCase() : code, MESSAGE, Sharing.of(referral)),
                opener -> event(opener, caller, referral, transition.name(), from, code, message, at));
    }

    /**
     * Records a message (information asked or given) on an open orientation, without changing its
     * status: a MESSAGE line on the timeline and an UPDATE entry naming the message field.
     */
    void message(Caller caller, Referral referral, TransitionDetails details) {
        String code = code("reasonCode", details == null ? null : details.reasonCode(), false);
        String message = text("message", details == null ? null : details.message(), MESSAGE_MAX, true);
        gate.open(caller, JournalAction.UPDATE, Target.of(referral), Grant.sharing(
                code == null ? "referral-message" : code, MESSAGE, Sharing.of(referral)),
                opener -> event(opener, caller, referral, ReferralEvent.MESSAGE, referral.status(), code, message,
                        Instant.now()));
    }

    /** Adds a line without text to the timeline and tells the other side (the caller journals the move). */
    void event(Caller caller, Referral referral, String kind, ReferralStatus from, String code, Instant at) {
        event(null, caller, referral, kind, from, code, null, at);
    }

    /**
     * Adds a line to the timeline, its message sealed through the gate's opener with the sending
     * CCAS's key, and tells the other side.
     */
    private ReferralEvent event(Opener opener, Caller caller, Referral referral, String kind, ReferralStatus from,
                                String code, String message, Instant at) {
        ReferralEvent event = new ReferralEvent(referral, at, caller.username(), caller.organisation(), kind, from,
                referral.status(), code, protection.primaryKeyVersion(referral.organisationCode()));
        if (message != null) {
            opener.seal(event, Field.REFERRAL_MESSAGE, message);
        }
        referrals.add(event);
        // §4: the other side is told, by e-mail once this transaction commits (never the message),
        // and a partner working in its own system over its channel, through the outbox.
        notices.tell(referral, kind, caller.organisation(), code, at);
        outbox.record(referral, kind, caller.organisation(), code, event.id(), at);
        return event;
    }

    /** The timeline, oldest first, its messages opened through the access's opener (none without one). */
    List<TimelineEvent> timeline(Opener opener, Referral referral) {
        List<TimelineEvent> timeline = new ArrayList<>();
        for (ReferralEvent e : referrals.events(referral.id())) {
            timeline.add(new TimelineEvent(e.at(), e.username(), e.actorOrganisation(), e.kind(), e.from(), e.to(),
                    e.reasonCode(), opener != null && e.hasMessage() ? opener.open(e, Field.REFERRAL_MESSAGE) : null));
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
