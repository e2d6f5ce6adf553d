package org.passerelle.domain.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RightsRequestTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 31);

    private static RightsRequest request() {
        return new RightsRequest(
                "ccas-saumur",
                UUID.randomUUID(),
                RightsRequestKind.ACCESS,
                RightsRequestChannel.LETTER,
                RECEIVED,
                "dpo.saumur",
                Instant.parse("2026-02-01T09:00:00Z"));
    }

    @Test
    void isDueOneMonthAfterItWasReceived() {
        RightsRequest request = request();
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(request.isOverdue(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(request.isOverdue(LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void extendsByTwoMonthsInAllAtMost() {
        RightsRequest request = request();
        request.extend(1, ExtensionReason.COMPLEXITY);
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        request.extend(1, ExtensionReason.NUMBER_OF_REQUESTS);
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThatThrownBy(() -> request.extend(1, ExtensionReason.COMPLEXITY))
                .isInstanceOf(RightsRequestStateException.class);
        assertThatThrownBy(() -> request().extend(3, ExtensionReason.COMPLEXITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerClosesItOnceAndIsNeverOverdue() {
        RightsRequest request = request();
        assertThatThrownBy(() -> request.answer(RECEIVED.minusDays(1), AnswerOutcome.GRANTED, "dpo.saumur"))
                .isInstanceOf(IllegalArgumentException.class);
        request.answer(RECEIVED.plusDays(10), AnswerOutcome.GRANTED, "dpo.saumur");
        assertThat(request.status()).isEqualTo(RightsRequestStatus.ANSWERED);
        assertThat(request.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> request.answer(RECEIVED.plusDays(11), AnswerOutcome.REFUSED, "dpo.saumur"))
                .isInstanceOf(RightsRequestStateException.class);
        assertThatThrownBy(() -> request.extend(1, ExtensionReason.COMPLEXITY))
                .isInstanceOf(RightsRequestStateException.class);
    }
}
