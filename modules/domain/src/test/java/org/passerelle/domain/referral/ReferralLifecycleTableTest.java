package org.passerelle.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.secrecy.referral.ReferralActor.CASE_CLOSURE;
import static org.passerelle.secrecy.referral.ReferralActor.CONSENT_WITHDRAWAL;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.RefusalKind;
import org.passerelle.secrecy.referral.Transition;

/**
 * Every (actor, status, transition) against DESIGN §4, written out here rather than read from
 * {@code ReferralLifecycle}: an allowed move changes exactly its fields and returns its event; a
 * refused one throws the expected kind and leaves the orientation as it was.
 */
class ReferralLifecycleTableTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant AT = T0.plus(Duration.ofDays(3));
    private static final UUID CONVENTION = UUID.randomUUID();
    private static final UUID CONSENT = UUID.randomUUID();
    private static final String CASEWORKER = "cpam.conseiller";
    private static final String CODE = "CODE_1";

    /** One row of DESIGN §4: who may make this transition from these statuses. */
    private record Row(Transition transition, Set<ReferralStatus> from, Set<ReferralActor> who) {}

    private static final Set<ReferralStatus> BEFORE_ACCEPTANCE = EnumSet.of(SENT, RECEIVED);
    private static final Set<ReferralStatus> ACCEPTED_ONWARDS = EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD);
    /** "partner caseworker": any caseworker of the addressed organisation, the named recipient among them (S2). */
    private static final Set<ReferralActor> CASEWORKERS = EnumSet.of(PARTNER_CASEWORKER, RECIPIENT);

    /**
     * DESIGN §4, row by row. "partner system acknowledgement" is Passerelle acting on the partner
     * system's signed document (SYSTEM); after acceptance only the named recipient works on it (S2);
     * "IN_PROGRESS ↔ ON_HOLD" is HOLD one way, RESUME (or START again) the other; "or partner" cancels
     * before acceptance as any caseworker, after it as the recipient. The handover row moves no status
     * and is no transition.
     */
    private static final List<Row> DESIGN_4 = List.of(
            new Row(Transition.SEND, EnumSet.of(DRAFT), EnumSet.of(SENDER)),
            new Row(Transition.ACKNOWLEDGE, EnumSet.of(SENT), EnumSet.of(PARTNER_CASEWORKER, RECIPIENT, SYSTEM)),
            new Row(Transition.ACCEPT, BEFORE_ACCEPTANCE, CASEWORKERS),
            new Row(Transition.REJECT, BEFORE_ACCEPTANCE, CASEWORKERS),
            new Row(Transition.EXPIRE, BEFORE_ACCEPTANCE, EnumSet.of(SYSTEM)),
            new Row(Transition.START, EnumSet.of(ACCEPTED, ON_HOLD), EnumSet.of(RECIPIENT)),
            new Row(Transition.HOLD, EnumSet.of(IN_PROGRESS), EnumSet.of(RECIPIENT)),
            new Row(Transition.RESUME, EnumSet.of(ON_HOLD), EnumSet.of(RECIPIENT)),
            new Row(Transition.COMPLETE, ACCEPTED_ONWARDS, EnumSet.of(RECIPIENT)),
            new Row(Transition.FAIL, ACCEPTED_ONWARDS, EnumSet.of(RECIPIENT)),
            new Row(
                    Transition.CANCEL,
                    EnumSet.of(DRAFT, SENT, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD),
                    EnumSet.of(SENDER, CONSENT_WITHDRAWAL, CASE_CLOSURE)),
            new Row(Transition.CANCEL, BEFORE_ACCEPTANCE, CASEWORKERS),
            new Row(Transition.CANCEL, ACCEPTED_ONWARDS, EnumSet.of(RECIPIENT)));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (ReferralActor actor : ReferralActor.values()) {
            for (ReferralStatus status : ReferralStatus.values()) {
                for (Transition transition : Transition.values()) {
                    all.add(Arguments.of(actor, status, transition));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2} from {1}")
    @MethodSource("everyCombination")
    void followsDesign4(ReferralActor actor, ReferralStatus status, Transition transition) {
        Referral referral = in(status);
        Snapshot before = Snapshot.of(referral);

        if (allowed(actor, status, transition)) {
            ReferralTransitioned event = move(referral, actor, transition);

            assertThat(event.referral()).isSameAs(referral);
            assertThat(event.actor()).isEqualTo(actor);
            assertThat(event.transition()).isEqualTo(transition);
            assertThat(event.from()).isEqualTo(status);
            assertThat(event.to()).isEqualTo(transition.target()).isEqualTo(referral.status());
            assertThat(event.by()).isEqualTo(CASEWORKER);
            assertThat(event.at()).isEqualTo(AT);
            assertThat(Snapshot.of(referral)).isEqualTo(expectedAfter(before, transition));
        } else {
            assertThatThrownBy(() -> move(referral, actor, transition))
                    .isInstanceOfSatisfying(
                            TransitionRefusedException.class,
                            e -> assertThat(e.kind()).isEqualTo(expectedRefusal(actor, status, transition)));
            assertThat(referral.allows(actor, transition)).isFalse();
            assertThat(Snapshot.of(referral)).isEqualTo(before);
        }
    }

    private static boolean allowed(ReferralActor actor, ReferralStatus status, Transition transition) {
        return DESIGN_4.stream()
                .anyMatch(r -> r.transition() == transition
                        && r.from().contains(status)
                        && r.who().contains(actor));
    }

    /**
     * How a refusal answers: another organisation's caseworker, or the partner side on a draft,
     * must not learn it exists (404); a move that someone may make from here, or that this actor
     * never makes, is forbidden (403); a move this actor makes from other statuses only is a
     * conflict with the status (409).
     */
    private static RefusalKind expectedRefusal(ReferralActor actor, ReferralStatus status, Transition transition) {
        if (actor == OTHER_PARTNER || CASEWORKERS.contains(actor) && status == DRAFT) {
            return RefusalKind.NOT_FOUND;
        }
        boolean someoneMayFromHere = DESIGN_4.stream()
                .anyMatch(r -> r.transition() == transition && r.from().contains(status));
        boolean actorMayFromElsewhere = DESIGN_4.stream()
                .anyMatch(r -> r.transition() == transition && r.who().contains(actor));
        return someoneMayFromHere || !actorMayFromElsewhere ? RefusalKind.FORBIDDEN : RefusalKind.CONFLICT;
    }

    private static ReferralTransitioned move(Referral referral, ReferralActor actor, Transition transition) {
        if (transition == Transition.SEND) {
            return referral.send(
                    actor,
                    CASEWORKER,
                    CONVENTION,
                    CONSENT,
                    AT,
                    AT.plus(Duration.ofDays(10)),
                    AT.plus(Duration.ofDays(30)));
        }
        return referral.apply(actor, transition, CASEWORKER, CODE, AT);
    }

    /** What an allowed move must have changed, and nothing else. */
    private static Snapshot expectedAfter(Snapshot before, Transition transition) {
        ReferralStatus to = transition.target();
        Instant closedAt = to.isFinal() ? AT : before.closedAt();
        return switch (transition) {
            case SEND ->
                new Snapshot(
                        to,
                        CONVENTION,
                        CONSENT,
                        AT,
                        before.receivedAt(),
                        before.acceptedAt(),
                        closedAt,
                        AT.plus(Duration.ofDays(10)),
                        AT.plus(Duration.ofDays(30)),
                        before.recipient(),
                        before.outcomeCode(),
                        before.rejectionCode());
            case ACKNOWLEDGE -> before.with(to, closedAt).receivedAt(AT);
            case ACCEPT -> before.with(to, closedAt).accepted(CASEWORKER, AT);
            case REJECT -> before.with(to, closedAt).rejection(CODE);
            case COMPLETE, FAIL -> before.with(to, closedAt).outcome(CODE);
            case START, HOLD, RESUME, CANCEL, EXPIRE -> before.with(to, closedAt);
        };
    }

    /** An orientation in {@code status}, reached by the ordinary moves at T0. */
    private static Referral in(ReferralStatus status) {
        Referral referral = ReferralTest.draft();
        if (status == DRAFT) {
            return referral;
        }
        referral.send(
                SENDER,
                "agent.saumur",
                UUID.randomUUID(),
                null,
                T0,
                T0.plus(Duration.ofDays(10)),
                T0.plus(Duration.ofDays(30)));
        switch (status) {
            case RECEIVED -> referral.apply(SYSTEM, Transition.ACKNOWLEDGE, "system", null, T0);
            case ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED -> {
                referral.apply(PARTNER_CASEWORKER, Transition.ACCEPT, "cpam.autre", null, T0);
                if (status == IN_PROGRESS || status == ON_HOLD) {
                    referral.apply(RECIPIENT, Transition.START, "cpam.autre", null, T0);
                }
                if (status == ON_HOLD) {
                    referral.apply(RECIPIENT, Transition.HOLD, "cpam.autre", null, T0);
                }
                if (status == ReferralStatus.COMPLETED || status == ReferralStatus.FAILED) {
                    referral.apply(
                            RECIPIENT,
                            status == ReferralStatus.COMPLETED ? Transition.COMPLETE : Transition.FAIL,
                            "cpam.autre",
                            "EARLIER",
                            T0);
                }
            }
            case REJECTED -> referral.apply(PARTNER_CASEWORKER, Transition.REJECT, "cpam.autre", "EARLIER", T0);
            case CANCELLED -> referral.apply(SENDER, Transition.CANCEL, "agent.saumur", null, T0);
            case EXPIRED -> referral.apply(SYSTEM, Transition.EXPIRE, "system", null, T0);
            default -> {
                // SENT
            }
        }
        assertThat(referral.status()).isEqualTo(status);
        return referral;
    }

    /** Everything a move may change. */
    private record Snapshot(
            ReferralStatus status,
            UUID conventionId,
            UUID consentId,
            Instant sentAt,
            Instant receivedAt,
            Instant acceptedAt,
            Instant closedAt,
            Instant remindAt,
            Instant expiresAt,
            String recipient,
            String outcomeCode,
            String rejectionCode) {

        static Snapshot of(Referral r) {
            return new Snapshot(
                    r.status(),
                    r.conventionId(),
                    r.consentId(),
                    r.sentAt(),
                    r.receivedAt(),
                    r.acceptedAt(),
                    r.closedAt(),
                    r.remindAt(),
                    r.expiresAt(),
                    r.recipient(),
                    r.outcomeCode(),
                    r.rejectionCode());
        }

        Snapshot with(ReferralStatus to, Instant closed) {
            return new Snapshot(
                    to,
                    conventionId,
                    consentId,
                    sentAt,
                    receivedAt,
                    acceptedAt,
                    closed,
                    remindAt,
                    expiresAt,
                    recipient,
                    outcomeCode,
                    rejectionCode);
        }

        Snapshot receivedAt(Instant at) {
            return new Snapshot(
                    status,
                    conventionId,
                    consentId,
                    sentAt,
                    at,
                    acceptedAt,
                    closedAt,
                    remindAt,
                    expiresAt,
                    recipient,
                    outcomeCode,
                    rejectionCode);
        }

        Snapshot accepted(String by, Instant at) {
            return new Snapshot(
                    status,
                    conventionId,
                    consentId,
                    sentAt,
                    receivedAt,
                    at,
                    closedAt,
                    remindAt,
                    expiresAt,
                    by,
                    outcomeCode,
                    rejectionCode);
        }

        Snapshot rejection(String code) {
            return new Snapshot(
                    status,
                    conventionId,
                    consentId,
                    sentAt,
                    receivedAt,
                    acceptedAt,
                    closedAt,
                    remindAt,
                    expiresAt,
                    recipient,
                    outcomeCode,
                    code);
        }

        Snapshot outcome(String code) {
            return new Snapshot(
                    status,
                    conventionId,
                    consentId,
                    sentAt,
                    receivedAt,
                    acceptedAt,
                    closedAt,
                    remindAt,
                    expiresAt,
                    recipient,
                    code,
                    rejectionCode);
        }
    }
}
