package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (change, actor, manager or not, status), 2 × 7 × 2 × 11, against an oracle written here
 * from DESIGN §4's handover row and issue 18 (the manager assigns before acceptance).
 */
class RecipientChangeTest {

    record Case(RecipientChange change, ReferralActor actor, boolean manager, ReferralStatus status) {}

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (RecipientChange change : RecipientChange.values()) {
            for (ReferralActor actor : ReferralActor.values()) {
                for (boolean manager : new boolean[] {false, true}) {
                    for (ReferralStatus status : ReferralStatus.values()) {
                        all.add(new Case(change, actor, manager, status));
                    }
                }
            }
        }
        return all.stream();
    }

    /** The oracle: the verdict name (ALLOW or a refusal kind) and the reason code. */
    static String expected(Case c) {
        if (c.actor() == ReferralActor.OTHER_PARTNER) {
            return "NOT_FOUND other-organisation";
        }
        if (c.actor() != ReferralActor.PARTNER_CASEWORKER && c.actor() != ReferralActor.RECIPIENT) {
            return "FORBIDDEN actor-not-permitted";
        }
        if (c.status() == ReferralStatus.DRAFT) {
            return "NOT_FOUND not-sent";
        }
        boolean triage = c.status() == ReferralStatus.SENT || c.status() == ReferralStatus.RECEIVED;
        boolean underway = c.status() == ReferralStatus.ACCEPTED
                || c.status() == ReferralStatus.IN_PROGRESS
                || c.status() == ReferralStatus.ON_HOLD;
        if (c.change() == RecipientChange.ASSIGN) {
            if (!c.manager()) {
                return "FORBIDDEN actor-not-permitted";
            }
            return triage ? "ALLOW allowed" : "CONFLICT wrong-state";
        }
        if (!c.manager() && c.actor() != ReferralActor.RECIPIENT) {
            return "FORBIDDEN not-the-recipient";
        }
        return underway ? "ALLOW allowed" : "CONFLICT wrong-state";
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decidesAsTheOracle(Case c) {
        TransitionDecision decision = c.change().decide(c.actor(), c.manager(), c.status());

        String verdict = decision.refusal().map(Enum::name).orElse("ALLOW") + " " + decision.reasonCode();
        assertThat(verdict).as(c.toString()).isEqualTo(expected(c));
    }

    @Test
    void theRecipientHandsOverButNeverAssignsAndThePlainCaseworkerDoesNeither() {
        assertThat(RecipientChange.HANDOVER
                        .decide(ReferralActor.RECIPIENT, false, ReferralStatus.IN_PROGRESS)
                        .allowed())
                .isTrue();
        assertThat(RecipientChange.ASSIGN
                        .decide(ReferralActor.RECIPIENT, false, ReferralStatus.SENT)
                        .allowed())
                .isFalse();
        assertThat(RecipientChange.HANDOVER
                        .decide(ReferralActor.PARTNER_CASEWORKER, false, ReferralStatus.ACCEPTED)
                        .refusal())
                .contains(RefusalKind.FORBIDDEN);
        assertThat(RecipientChange.ASSIGN
                        .decide(ReferralActor.PARTNER_CASEWORKER, true, ReferralStatus.RECEIVED)
                        .allowed())
                .isTrue();
    }

    @Test
    void theirStatusesAreDisjointAndNeverFinal() {
        Set<ReferralStatus> assign = RecipientChange.ASSIGN.from();
        Set<ReferralStatus> handover = RecipientChange.HANDOVER.from();

        assertThat(assign).doesNotContainAnyElementsOf(handover);
        assertThat(Stream.concat(assign.stream(), handover.stream())).noneMatch(ReferralStatus::isFinal);
    }
}
