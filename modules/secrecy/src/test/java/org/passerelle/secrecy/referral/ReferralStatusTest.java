package org.passerelle.secrecy.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pins the status predicates to DESIGN §4 and S7, and each verb to its target. */
class ReferralStatusTest {

    private static EnumSet<ReferralStatus> where(Predicate<ReferralStatus> predicate) {
        EnumSet<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        Stream.of(ReferralStatus.values()).filter(predicate).forEach(statuses::add);
        return statuses;
    }

    @Test
    void theFiveEndingsAreFinalAndTheRestOpen() {
        assertThat(where(ReferralStatus::isFinal))
                .containsExactlyInAnyOrder(
                        ReferralStatus.COMPLETED,
                        ReferralStatus.FAILED,
                        ReferralStatus.REJECTED,
                        ReferralStatus.CANCELLED,
                        ReferralStatus.EXPIRED);
        assertThat(where(ReferralStatus::isOpen))
                .containsExactlyInAnyOrder(
                        ReferralStatus.DRAFT,
                        ReferralStatus.SENT,
                        ReferralStatus.RECEIVED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.IN_PROGRESS,
                        ReferralStatus.ON_HOLD);
    }

    /** S2 and S7: shared fields between acceptance and the end, the triage view before. */
    @Test
    void thePartnerReadsOnlyBetweenAcceptanceAndTheEnd() {
        assertThat(where(ReferralStatus::partnerMayRead))
                .containsExactlyInAnyOrder(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD);
        assertThat(where(ReferralStatus::awaitingPartner))
                .containsExactlyInAnyOrder(ReferralStatus.SENT, ReferralStatus.RECEIVED);
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status.partnerMayRead() || status.awaitingPartner()) {
                assertThat(status.isOpen()).as("%s", status).isTrue();
            }
        }
    }

    @Test
    void eachVerbLeadsToItsStatus() {
        assertThat(Transition.SEND.target()).isEqualTo(ReferralStatus.SENT);
        assertThat(Transition.ACKNOWLEDGE.target()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(Transition.ACCEPT.target()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(Transition.REJECT.target()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(Transition.START.target()).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(Transition.HOLD.target()).isEqualTo(ReferralStatus.ON_HOLD);
        assertThat(Transition.RESUME.target()).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(Transition.COMPLETE.target()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(Transition.FAIL.target()).isEqualTo(ReferralStatus.FAILED);
        assertThat(Transition.CANCEL.target()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(Transition.EXPIRE.target()).isEqualTo(ReferralStatus.EXPIRED);
        assertThat(Transition.values()).hasSize(11);
    }
}
