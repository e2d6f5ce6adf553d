package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (actor, status, transition) triple, 7 × 11 × 11, checked against an oracle written here from
 * DESIGN §4's table and the refusal rules of the issue. The oracle never calls the production table:
 * it states the table twice, per row ({@link #whoMay}) and per actor ({@link #everMay}), and a guard
 * test checks that the two statements agree.
 */
class ReferralLifecycleExhaustiveTest {

    record Triple(ReferralActor actor, ReferralStatus from, Transition transition) {}

    /** The decision in the oracle's terms: a verdict name (ALLOW or a refusal) and a reason code. */
    record Expected(String verdict, String reasonCode) {

        static Expected of(TransitionDecision decision) {
            return new Expected(decision.refusal().map(Enum::name).orElse("ALLOW"), decision.reasonCode());
        }
    }

    /** DESIGN §4 row by row: who may make {@code t} from {@code from}. */
    static Set<ReferralActor> whoMay(Transition t, ReferralStatus from) {
        boolean triage = from == SENT || from == RECEIVED;
        boolean underway = from == ACCEPTED || from == IN_PROGRESS || from == ON_HOLD;
        return switch (t) {
            // DRAFT → SENT: CCAS agent
            case SEND -> from == DRAFT ? Set.of(SENDER) : Set.of();
            // SENT → RECEIVED: partner system acknowledgement or caseworker opening it
            case ACKNOWLEDGE -> from == SENT ? Set.of(SYSTEM, PARTNER_CASEWORKER, RECIPIENT) : Set.of();
            // SENT/RECEIVED → ACCEPTED or REJECTED: partner caseworker (the recipient is one)
            case ACCEPT, REJECT -> triage ? Set.of(PARTNER_CASEWORKER, RECIPIENT) : Set.of();
            // SENT/RECEIVED → EXPIRED: system
            case EXPIRE -> triage ? Set.of(SYSTEM) : Set.of();
            // ACCEPTED → IN_PROGRESS ↔ ON_HOLD: the named recipient
            case START -> from == ACCEPTED || from == ON_HOLD ? Set.of(RECIPIENT) : Set.of();
            case HOLD -> from == IN_PROGRESS ? Set.of(RECIPIENT) : Set.of();
            case RESUME -> from == ON_HOLD ? Set.of(RECIPIENT) : Set.of();
            // ACCEPTED/IN_PROGRESS/ON_HOLD → COMPLETED or FAILED: the named recipient
            case COMPLETE, FAIL -> underway ? Set.of(RECIPIENT) : Set.of();
            // any open status → CANCELLED: sender, consent withdrawal, dossier closure, or the partner (any caseworker
            // before acceptance, the recipient after); the partner never sees a draft
            case CANCEL -> {
                if (from == DRAFT) {
                    yield Set.of(SENDER, CONSENT_WITHDRAWAL, CASE_CLOSURE);
                }
                if (triage) {
                    yield Set.of(SENDER, CONSENT_WITHDRAWAL, CASE_CLOSURE, PARTNER_CASEWORKER, RECIPIENT);
                }
                yield underway ? Set.of(SENDER, CONSENT_WITHDRAWAL, CASE_CLOSURE, RECIPIENT) : Set.of();
            }
        };
    }

    /** The same table actor by actor: the transitions each may make from some status. */
    static Set<Transition> everMay(ReferralActor actor) {
        return switch (actor) {
            case SENDER -> EnumSet.of(Transition.SEND, Transition.CANCEL);
            case OTHER_CCAS_AGENT, OTHER_PARTNER -> EnumSet.noneOf(Transition.class);
            case PARTNER_CASEWORKER ->
                EnumSet.of(Transition.ACKNOWLEDGE, Transition.ACCEPT, Transition.REJECT, Transition.CANCEL);
            case RECIPIENT -> EnumSet.complementOf(EnumSet.of(Transition.SEND, Transition.EXPIRE));
            case SYSTEM -> EnumSet.of(Transition.ACKNOWLEDGE, Transition.EXPIRE);
            case CONSENT_WITHDRAWAL, CASE_CLOSURE -> EnumSet.of(Transition.CANCEL);
        };
    }

    static Expected expected(Triple c) {
        if (c.actor() == OTHER_PARTNER) {
            return new Expected("NOT_FOUND", "other-organisation");
        }
        if ((c.actor() == PARTNER_CASEWORKER || c.actor() == RECIPIENT) && c.from() == DRAFT) {
            return new Expected("NOT_FOUND", "not-sent");
        }
        Set<ReferralActor> who = whoMay(c.transition(), c.from());
        if (who.contains(c.actor())) {
            return new Expected("ALLOW", "allowed");
        }
        if (c.actor() == OTHER_CCAS_AGENT) {
            return new Expected("FORBIDDEN", "not-your-referral");
        }
        if (!everMay(c.actor()).contains(c.transition()) || !who.isEmpty()) {
            boolean recipientsVerb = everMay(RECIPIENT).contains(c.transition());
            return new Expected(
                    "FORBIDDEN",
                    c.actor() == PARTNER_CASEWORKER && recipientsVerb ? "not-the-recipient" : "actor-not-permitted");
        }
        return new Expected("CONFLICT", "wrong-state");
    }

    static Stream<Triple> everyTriple() {
        List<Triple> triples = new ArrayList<>();
        for (ReferralActor actor : ReferralActor.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                for (Transition transition : Transition.values()) {
                    triples.add(new Triple(actor, from, transition));
                }
            }
        }
        return triples.stream();
    }

    @ParameterizedTest
    @MethodSource("everyTriple")
    void decisionMatchesDesignTable(Triple c) {
        assertThat(Expected.of(ReferralLifecycle.decide(c.actor(), c.from(), c.transition())))
                .isEqualTo(expected(c));
    }

    /** Guards the enumeration and the oracle: a collapsed generator or oracle would pass vacuously. */
    @Test
    void enumerationCoversEveryCaseAndEveryVerdict() {
        List<Expected> verdicts =
                everyTriple().map(ReferralLifecycleExhaustiveTest::expected).toList();

        assertThat(verdicts).hasSize(8 * 11 * 11);
        assertThat(verdicts).extracting(Expected::verdict).containsOnly("ALLOW", "FORBIDDEN", "CONFLICT", "NOT_FOUND");
        assertThat(verdicts).extracting(Expected::verdict).contains("ALLOW", "FORBIDDEN", "CONFLICT", "NOT_FOUND");
        assertThat(verdicts)
                .extracting(Expected::reasonCode)
                .containsOnly(
                        "allowed",
                        "other-organisation",
                        "not-sent",
                        "not-your-referral",
                        "not-the-recipient",
                        "actor-not-permitted",
                        "wrong-state");
        assertThat(verdicts)
                .extracting(Expected::reasonCode)
                .contains(
                        "allowed",
                        "other-organisation",
                        "not-sent",
                        "not-your-referral",
                        "not-the-recipient",
                        "actor-not-permitted",
                        "wrong-state");
        // SEND 1, ACKNOWLEDGE 3, ACCEPT 4, REJECT 4, EXPIRE 2, START 2, HOLD 1, RESUME 1, COMPLETE 3,
        // FAIL 3, CANCEL 6 (sender) + 6 (consent withdrawal) + 6 (dossier closure) + 2 + 5.
        assertThat(verdicts).filteredOn(e -> e.verdict().equals("ALLOW")).hasSize(49);
    }

    @Test
    void everyTransitionAndEveryEntitledActorIsAllowedSomewhere() {
        List<Triple> allowed =
                everyTriple().filter(c -> expected(c).verdict().equals("ALLOW")).toList();

        assertThat(allowed).extracting(Triple::transition).containsAll(EnumSet.allOf(Transition.class));
        assertThat(allowed)
                .extracting(Triple::actor)
                .containsOnly(SENDER, PARTNER_CASEWORKER, RECIPIENT, SYSTEM, CONSENT_WITHDRAWAL, CASE_CLOSURE);
    }

    /** The oracle's two statements of the table, by row and by actor, say the same thing. */
    @Test
    void oracleRowsAndActorsAgree() {
        for (ReferralActor actor : ReferralActor.values()) {
            for (Transition transition : Transition.values()) {
                boolean fromSomeStatus = Stream.of(ReferralStatus.values())
                        .anyMatch(from -> whoMay(transition, from).contains(actor));
                assertThat(fromSomeStatus)
                        .as("%s %s", actor, transition)
                        .isEqualTo(everMay(actor).contains(transition));
            }
        }
    }
}
