package org.passerelle.secrecy.referral;

import static org.passerelle.secrecy.referral.ReferralActor.CASE_CLOSURE;
import static org.passerelle.secrecy.referral.ReferralActor.CONSENT_WITHDRAWAL;
import static org.passerelle.secrecy.referral.ReferralActor.OTHER_CCAS_AGENT;
import static org.passerelle.secrecy.referral.ReferralActor.OTHER_PARTNER;
import static org.passerelle.secrecy.referral.ReferralActor.PARTNER_CASEWORKER;
import static org.passerelle.secrecy.referral.ReferralActor.RECIPIENT;
import static org.passerelle.secrecy.referral.ReferralActor.SENDER;
import static org.passerelle.secrecy.referral.ReferralActor.SYSTEM;
import static org.passerelle.secrecy.referral.ReferralStatus.ACCEPTED;
import static org.passerelle.secrecy.referral.ReferralStatus.DRAFT;
import static org.passerelle.secrecy.referral.ReferralStatus.IN_PROGRESS;
import static org.passerelle.secrecy.referral.ReferralStatus.ON_HOLD;
import static org.passerelle.secrecy.referral.ReferralStatus.RECEIVED;
import static org.passerelle.secrecy.referral.ReferralStatus.SENT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may move an orientation from which status by which {@link Transition}: DESIGN §4 as one
 * table, {@link #RULES}. A pure function; the caller classifies the caller as a
 * {@link ReferralActor}, asks {@link #decide}, enforces the answer and journals its reason code.
 * Whether a SEND has its cadre, prior notice and consent (S1, S4) and a valid pick is checked apart
 * ({@link ShareGrounding}); this class only knows actors and statuses.
 *
 * <p>Refusals, first match wins:
 * <ol>
 *   <li>{@link ReferralActor#OTHER_PARTNER}: {@code NOT_FOUND other-organisation}, whatever the
 *       status, so that the CAF never learns of a CPAM orientation;</li>
 *   <li>the partner side on a {@code DRAFT}: {@code NOT_FOUND not-sent}, for the same reason: an
 *       unsent orientation does not exist for its partner yet;</li>
 *   <li>an actor the table never lets make this transition: {@code FORBIDDEN};</li>
 *   <li>a transition someone else may make from this status: {@code FORBIDDEN} too (a colleague of
 *       the recipient cancelling an accepted orientation: waiting will not help);</li>
 *   <li>otherwise no one may make it from this status: {@code CONFLICT wrong-state} (409).</li>
 * </ol>
 * A forbidden agent outside the dossier reads {@code not-your-referral} (S6), a caseworker who is
 * not the named recipient {@code not-the-recipient} where the recipient could (S2), anyone else
 * {@code actor-not-permitted}.
 */
public final class ReferralLifecycle {

    /** Allowed. */
    public static final String ALLOWED = "allowed";
    /** Not found: a caseworker of another organisation than the addressed one. */
    public static final String OTHER_ORGANISATION = "other-organisation";
    /** Not found: the partner side asking about an orientation that has not been sent. */
    public static final String NOT_SENT = "not-sent";
    /** Forbidden: a CCAS agent who is neither its sender nor on the dossier's team (S6). */
    public static final String NOT_YOUR_REFERRAL = "not-your-referral";
    /** Forbidden: a caseworker of the addressed organisation where only the named recipient may (S2). */
    public static final String NOT_THE_RECIPIENT = "not-the-recipient";
    /** Forbidden: this kind of actor never makes this transition (from this status). */
    public static final String ACTOR_NOT_PERMITTED = "actor-not-permitted";
    /** Conflict: nobody may make this transition from the current status. */
    public static final String WRONG_STATE = "wrong-state";

    private static final Set<ReferralStatus> BEFORE_ACCEPTANCE = EnumSet.of(SENT, RECEIVED);
    private static final Set<ReferralStatus> ACCEPTED_ONWARDS = EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD);
    private static final Set<ReferralStatus> OPEN = EnumSet.of(DRAFT, SENT, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD);

    /**
     * DESIGN §4, one row per (transition, actors, from-statuses). The recipient is also a caseworker
     * of the addressed organisation, so it is listed wherever "partner caseworker" is; before
     * acceptance there is no recipient, and those cells only turn a repeated ACCEPT into a 409.
     */
    private static final Map<Transition, Map<ReferralActor, Set<ReferralStatus>>> RULES = new Table()
            .row(Transition.SEND, EnumSet.of(DRAFT), SENDER)
            .row(Transition.ACKNOWLEDGE, EnumSet.of(SENT), PARTNER_CASEWORKER, RECIPIENT, SYSTEM)
            .row(Transition.ACCEPT, BEFORE_ACCEPTANCE, PARTNER_CASEWORKER, RECIPIENT)
            .row(Transition.REJECT, BEFORE_ACCEPTANCE, PARTNER_CASEWORKER, RECIPIENT)
            .row(Transition.EXPIRE, BEFORE_ACCEPTANCE, SYSTEM)
            .row(Transition.START, EnumSet.of(ACCEPTED, ON_HOLD), RECIPIENT)
            .row(Transition.HOLD, EnumSet.of(IN_PROGRESS), RECIPIENT)
            .row(Transition.RESUME, EnumSet.of(ON_HOLD), RECIPIENT)
            .row(Transition.COMPLETE, ACCEPTED_ONWARDS, RECIPIENT)
            .row(Transition.FAIL, ACCEPTED_ONWARDS, RECIPIENT)
            .row(Transition.CANCEL, OPEN, SENDER, CONSENT_WITHDRAWAL, CASE_CLOSURE)
            .row(Transition.CANCEL, BEFORE_ACCEPTANCE, PARTNER_CASEWORKER, RECIPIENT)
            .row(Transition.CANCEL, ACCEPTED_ONWARDS, RECIPIENT)
            .build();

    private ReferralLifecycle() {}

    /** Decides whether {@code actor} may apply {@code transition} to an orientation in {@code from}; never null. */
    public static TransitionDecision decide(ReferralActor actor, ReferralStatus from, Transition transition) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(transition, "transition");
        if (actor == OTHER_PARTNER) {
            return TransitionDecision.refuse(RefusalKind.NOT_FOUND, OTHER_ORGANISATION);
        }
        if ((actor == PARTNER_CASEWORKER || actor == RECIPIENT) && from == DRAFT) {
            return TransitionDecision.refuse(RefusalKind.NOT_FOUND, NOT_SENT);
        }
        Map<ReferralActor, Set<ReferralStatus>> row = RULES.get(transition);
        Set<ReferralStatus> mine = row.getOrDefault(actor, Set.of());
        if (mine.contains(from)) {
            return TransitionDecision.allow(ALLOWED);
        }
        boolean someoneMayFromHere = row.values().stream().anyMatch(sources -> sources.contains(from));
        if (mine.isEmpty() || someoneMayFromHere) {
            return TransitionDecision.refuse(RefusalKind.FORBIDDEN, forbiddenReason(actor, row));
        }
        return TransitionDecision.refuse(RefusalKind.CONFLICT, WRONG_STATE);
    }

    /**
     * The transitions {@code actor} may apply from {@code from}, in declaration order: what a
     * screen offers as buttons. Consistent with {@link #decide} by construction.
     */
    public static Set<Transition> available(ReferralActor actor, ReferralStatus from) {
        EnumSet<Transition> available = EnumSet.noneOf(Transition.class);
        for (Transition transition : Transition.values()) {
            if (decide(actor, from, transition).allowed()) {
                available.add(transition);
            }
        }
        return Collections.unmodifiableSet(available);
    }

    private static String forbiddenReason(ReferralActor actor, Map<ReferralActor, Set<ReferralStatus>> row) {
        if (actor == OTHER_CCAS_AGENT) {
            return NOT_YOUR_REFERRAL;
        }
        if (actor == PARTNER_CASEWORKER && row.containsKey(RECIPIENT)) {
            return NOT_THE_RECIPIENT;
        }
        return ACTOR_NOT_PERMITTED;
    }

    /** Builds {@link #RULES}; rows for the same transition and actor add up. */
    private static final class Table {

        private final Map<Transition, Map<ReferralActor, Set<ReferralStatus>>> rules = new EnumMap<>(Transition.class);

        Table row(Transition transition, Set<ReferralStatus> from, ReferralActor... actors) {
            Map<ReferralActor, Set<ReferralStatus>> row =
                    rules.computeIfAbsent(transition, t -> new EnumMap<>(ReferralActor.class));
            for (ReferralActor actor : actors) {
                row.computeIfAbsent(actor, a -> EnumSet.noneOf(ReferralStatus.class))
                        .addAll(from);
            }
            return this;
        }

        Map<Transition, Map<ReferralActor, Set<ReferralStatus>>> build() {
            Map<Transition, Map<ReferralActor, Set<ReferralStatus>>> frozen = new EnumMap<>(Transition.class);
            for (Transition transition : Transition.values()) {
                Map<ReferralActor, Set<ReferralStatus>> row = new EnumMap<>(ReferralActor.class);
                rules.getOrDefault(transition, Map.of())
                        .forEach((actor, from) -> row.put(actor, Collections.unmodifiableSet(from)));
                frozen.put(transition, Collections.unmodifiableMap(row));
            }
            return Collections.unmodifiableMap(frozen);
        }
    }
}
