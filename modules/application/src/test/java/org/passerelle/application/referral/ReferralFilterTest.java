package org.passerelle.application.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.referral.ReferralStatus;

class ReferralFilterTest {

    @Test
    void noParameterIsTheTeamsWholeList() {
        assertThat(ReferralFilter.parse(null, null, null, null, null, null, null, null))
                .isEqualTo(ReferralFilter.NONE);
        assertThat(ReferralFilter.parse(List.of(""), " ", "", "", "", "", "", ""))
                .isEqualTo(ReferralFilter.NONE);
    }

    @Test
    void eachParameterIsReadFromItsText() {
        ReferralFilter filter = ReferralFilter.parse(
                List.of("sent", "ACCEPTED"),
                "cpam-49",
                "urgent",
                "true",
                "agent.saumur",
                "2026-12-01",
                "2026-12-07",
                "untaken");

        assertThat(filter.statuses()).containsExactlyInAnyOrder(ReferralStatus.SENT, ReferralStatus.ACCEPTED);
        assertThat(filter.partner()).isEqualTo("cpam-49");
        assertThat(filter.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(filter.overdue()).isTrue();
        assertThat(filter.agent()).isEqualTo("agent.saumur");
        assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(filter.scope()).isEqualTo(ReferralFilter.Scope.UNTAKEN);
    }

    @Test
    void aWrongValueNamesItsParameter() {
        assertRefused(() -> parse(List.of("LOST"), null, null, null, null, null, null, null), "status");
        assertRefused(() -> parse(null, "CPAM 49", null, null, null, null, null, null), "partner");
        assertRefused(() -> parse(null, null, "soon", null, null, null, null, null), "urgency");
        assertRefused(() -> parse(null, null, null, "yes", null, null, null, null), "overdue");
        assertRefused(() -> parse(null, null, null, null, "Jean Dupont", null, null, null), "agent");
        assertRefused(() -> parse(null, null, null, null, null, "2026-02-30", null, null), "from");
        assertRefused(() -> parse(null, null, null, null, null, null, "07/12/2026", null), "to");
        assertRefused(() -> parse(null, null, null, null, null, "2026-12-07", "2026-12-01", null), "to");
        assertRefused(() -> parse(null, null, null, null, null, null, null, "everyone"), "scope");
    }

    private static ReferralFilter parse(
            List<String> statuses,
            String partner,
            String urgency,
            String overdue,
            String agent,
            String from,
            String to,
            String scope) {
        return ReferralFilter.parse(statuses, partner, urgency, overdue, agent, from, to, scope);
    }

    private static void assertRefused(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo(field);
    }
}
