package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.passerelle.secrecy.referral.ReferralActor.OTHER_CCAS_AGENT;
import static org.passerelle.secrecy.referral.ReferralActor.OTHER_PARTNER;
import static org.passerelle.secrecy.referral.ReferralActor.PARTNER_CASEWORKER;
import static org.passerelle.secrecy.referral.ReferralActor.RECIPIENT;
import static org.passerelle.secrecy.referral.ReferralActor.SENDER;
import static org.passerelle.secrecy.referral.ReferralActor.SYSTEM;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle's properties and the cases users will meet, one at a time. */
class ReferralLifecycleTest {

    private static TransitionDecision decide(ReferralActor actor, ReferralStatus from, Transition transition) {
        return ReferralLifecycle.decide(actor, from, transition);
    }

    private static void assertRefused(TransitionDecision decision, RefusalKind kind, String reasonCode) {
        assertThat(decision.allowed()).isFalse();
        assertThat(decision).isEqualTo(TransitionDecision.refuse(kind, reasonCode));
    }

    @Test
    void theHappyPathRunsFromDraftToCompleted() {
        assertThat(decide(SENDER, ReferralStatus.DRAFT, Transition.SEND).allowed())
                .isTrue();
        assertThat(decide(PARTNER_CASEWORKER, ReferralStatus.SENT, Transition.ACKNOWLEDGE)
                        .allowed())
                .isTrue();
        assertThat(decide(PARTNER_CASEWORKER, ReferralStatus.RECEIVED, Transition.ACCEPT)
                        .allowed())
                .isTrue();
        assertThat(decide(RECIPIENT, ReferralStatus.ACCEPTED, Transition.START).allowed())
                .isTrue();
        assertThat(decide(RECIPIENT, ReferralStatus.IN_PROGRESS, Transition.HOLD)
                        .allowed())
                .isTrue();
        assertThat(decide(RECIPIENT, ReferralStatus.ON_HOLD, Transition.RESUME).allowed())
                .isTrue();
        assertThat(decide(RECIPIENT, ReferralStatus.IN_PROGRESS, Transition.COMPLETE)
                        .allowed())
                .isTrue();
    }

    @Test
    void anAllowedTransitionAlwaysChangesTheStatus() {
        for (ReferralActor actor : ReferralActor.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                for (Transition transition : ReferralLifecycle.available(actor, from)) {
                    assertThat(transition.target())
                            .as("%s %s %s", actor, from, transition)
                            .isNotEqualTo(from);
                }
            }
        }
    }

    @Test
    void nothingLeavesAFinalStatus() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralActor actor : ReferralActor.values()) {
                if (from.isFinal()) {
                    assertThat(ReferralLifecycle.available(actor, from))
                            .as("%s %s", actor, from)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void everyStatusIsReachableFromDraft() {
        Set<ReferralStatus> reached = EnumSet.of(ReferralStatus.DRAFT);
        Deque<ReferralStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            ReferralStatus from = todo.pop();
            for (ReferralActor actor : ReferralActor.values()) {
                for (Transition transition : ReferralLifecycle.available(actor, from)) {
                    if (reached.add(transition.target())) {
                        todo.push(transition.target());
                    }
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ReferralStatus.values());
    }

    @Test
    void aCaseworkerOfAnotherOrganisationNeverLearnsTheOrientationExists() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (Transition transition : Transition.values()) {
                assertRefused(decide(OTHER_PARTNER, from, transition), RefusalKind.NOT_FOUND, "other-organisation");
            }
        }
    }

    @Test
    void aDraftDoesNotExistForThePartner() {
        assertRefused(
                decide(PARTNER_CASEWORKER, ReferralStatus.DRAFT, Transition.ACCEPT), RefusalKind.NOT_FOUND, "not-sent");
        assertRefused(
                decide(PARTNER_CASEWORKER, ReferralStatus.DRAFT, Transition.CANCEL), RefusalKind.NOT_FOUND, "not-sent");
        assertRefused(decide(RECIPIENT, ReferralStatus.DRAFT, Transition.START), RefusalKind.NOT_FOUND, "not-sent");
    }

    @Test
    void anAgentOutsideTheDossierMayDoNothing() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (Transition transition : Transition.values()) {
                assertRefused(decide(OTHER_CCAS_AGENT, from, transition), RefusalKind.FORBIDDEN, "not-your-referral");
            }
        }
    }

    @Test
    void onlyTheNamedRecipientWorksOnAnAcceptedOrientation() {
        for (Transition transition :
                Set.of(Transition.START, Transition.COMPLETE, Transition.FAIL, Transition.CANCEL)) {
            assertThat(decide(RECIPIENT, ReferralStatus.ACCEPTED, transition).allowed())
                    .isTrue();
            assertRefused(
                    decide(PARTNER_CASEWORKER, ReferralStatus.ACCEPTED, transition),
                    RefusalKind.FORBIDDEN,
                    "not-the-recipient");
        }
        assertRefused(
                decide(SENDER, ReferralStatus.ACCEPTED, Transition.COMPLETE),
                RefusalKind.FORBIDDEN,
                "actor-not-permitted");
    }

    @Test
    void anyCaseworkerOfTheAddressedOrganisationMayCancelBeforeAcceptance() {
        assertThat(decide(PARTNER_CASEWORKER, ReferralStatus.SENT, Transition.CANCEL)
                        .allowed())
                .isTrue();
        assertThat(decide(PARTNER_CASEWORKER, ReferralStatus.RECEIVED, Transition.CANCEL)
                        .allowed())
                .isTrue();
        assertRefused(
                decide(PARTNER_CASEWORKER, ReferralStatus.IN_PROGRESS, Transition.CANCEL),
                RefusalKind.FORBIDDEN,
                "not-the-recipient");
    }

    @Test
    void aRepeatedOrLateActionIsAConflict() {
        assertRefused(
                decide(RECIPIENT, ReferralStatus.ACCEPTED, Transition.ACCEPT), RefusalKind.CONFLICT, "wrong-state");
        assertRefused(
                decide(PARTNER_CASEWORKER, ReferralStatus.IN_PROGRESS, Transition.ACCEPT),
                RefusalKind.CONFLICT,
                "wrong-state");
        assertRefused(decide(SENDER, ReferralStatus.SENT, Transition.SEND), RefusalKind.CONFLICT, "wrong-state");
        assertRefused(
                decide(RECIPIENT, ReferralStatus.IN_PROGRESS, Transition.REJECT), RefusalKind.CONFLICT, "wrong-state");
        assertRefused(
                decide(RECIPIENT, ReferralStatus.COMPLETED, Transition.FAIL), RefusalKind.CONFLICT, "wrong-state");
    }

    /** A timer or a partner system's message that arrives after a person acted must be a no-op, not a change. */
    @Test
    void aLateTimerOrAcknowledgementIsAConflict() {
        assertRefused(decide(SYSTEM, ReferralStatus.ACCEPTED, Transition.EXPIRE), RefusalKind.CONFLICT, "wrong-state");
        assertRefused(decide(SYSTEM, ReferralStatus.REJECTED, Transition.EXPIRE), RefusalKind.CONFLICT, "wrong-state");
        assertRefused(
                decide(SYSTEM, ReferralStatus.RECEIVED, Transition.ACKNOWLEDGE), RefusalKind.CONFLICT, "wrong-state");
        assertThat(decide(SYSTEM, ReferralStatus.RECEIVED, Transition.EXPIRE).allowed())
                .isTrue();
    }

    /** S2: a machine is never a named recipient, and people do not expire orientations by hand. */
    @Test
    void theSystemOnlyAcknowledgesAndExpires() {
        assertThat(ReferralLifecycle.available(SYSTEM, ReferralStatus.SENT))
                .containsExactly(Transition.ACKNOWLEDGE, Transition.EXPIRE);
        assertRefused(
                decide(SYSTEM, ReferralStatus.SENT, Transition.ACCEPT), RefusalKind.FORBIDDEN, "actor-not-permitted");
        assertRefused(
                decide(SENDER, ReferralStatus.SENT, Transition.EXPIRE), RefusalKind.FORBIDDEN, "actor-not-permitted");
        assertRefused(
                decide(PARTNER_CASEWORKER, ReferralStatus.SENT, Transition.EXPIRE),
                RefusalKind.FORBIDDEN,
                "actor-not-permitted");
    }

    /**
     * S5 and S7: a withdrawn consent, or the closing of the dossier, cancels every open
     * orientation concerned, and only those.
     */
    @ParameterizedTest
    @EnumSource(
            value = ReferralActor.class,
            names = {"CONSENT_WITHDRAWAL", "CASE_CLOSURE"})
    void consentWithdrawalAndDossierClosureCancelExactlyTheOpenOrientations(ReferralActor actor) {
        for (ReferralStatus from : ReferralStatus.values()) {
            TransitionDecision decision = decide(actor, from, Transition.CANCEL);
            assertThat(decision.allowed()).as("%s", from).isEqualTo(from.isOpen());
            assertThat(ReferralLifecycle.available(actor, from))
                    .isEqualTo(from.isOpen() ? Set.of(Transition.CANCEL) : Set.of());
        }
    }

    @Test
    void theSenderMayWithdrawAnyOpenOrientation() {
        for (ReferralStatus from : ReferralStatus.values()) {
            assertThat(decide(SENDER, from, Transition.CANCEL).allowed())
                    .as("%s", from)
                    .isEqualTo(from.isOpen());
        }
        assertThat(ReferralLifecycle.available(SENDER, ReferralStatus.DRAFT))
                .containsExactly(Transition.SEND, Transition.CANCEL);
    }

    @Test
    void availableListsWhatDecideAllows() {
        assertThat(ReferralLifecycle.available(RECIPIENT, ReferralStatus.IN_PROGRESS))
                .containsExactly(Transition.HOLD, Transition.COMPLETE, Transition.FAIL, Transition.CANCEL);
        assertThat(ReferralLifecycle.available(RECIPIENT, ReferralStatus.ON_HOLD))
                .containsExactly(
                        Transition.START, Transition.RESUME, Transition.COMPLETE, Transition.FAIL, Transition.CANCEL);
        assertThat(ReferralLifecycle.available(PARTNER_CASEWORKER, ReferralStatus.SENT))
                .containsExactly(Transition.ACKNOWLEDGE, Transition.ACCEPT, Transition.REJECT, Transition.CANCEL);
        assertThat(ReferralLifecycle.available(PARTNER_CASEWORKER, ReferralStatus.RECEIVED))
                .containsExactly(Transition.ACCEPT, Transition.REJECT, Transition.CANCEL);
        for (ReferralActor actor : ReferralActor.values()) {
            for (ReferralStatus from : ReferralStatus.values()) {
                for (Transition transition : Transition.values()) {
                    assertThat(ReferralLifecycle.available(actor, from).contains(transition))
                            .isEqualTo(decide(actor, from, transition).allowed());
                }
            }
        }
    }

    @Test
    void namesTheMissingParameter() {
        assertThatNullPointerException()
                .isThrownBy(() -> decide(null, ReferralStatus.SENT, Transition.ACCEPT))
                .withMessage("actor");
        assertThatNullPointerException()
                .isThrownBy(() -> decide(SENDER, null, Transition.ACCEPT))
                .withMessage("from");
        assertThatNullPointerException()
                .isThrownBy(() -> decide(SENDER, ReferralStatus.SENT, null))
                .withMessage("transition");
    }

    @Test
    void aDecisionIsAllowedExactlyWhenItCarriesNoRefusal() {
        assertThat(TransitionDecision.allow("allowed").refusal()).isEqualTo(Optional.empty());
        assertThat(TransitionDecision.refuse(RefusalKind.CONFLICT, "wrong-state")
                        .allowed())
                .isFalse();
        assertThatNullPointerException()
                .isThrownBy(() -> TransitionDecision.refuse(null, "wrong-state"))
                .withMessage("kind");
        assertThatIllegalArgumentException().isThrownBy(() -> TransitionDecision.allow(" "));
    }
}
