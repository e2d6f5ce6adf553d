package org.passerelle.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(7));

    private static Delegation delegation() {
        return new Delegation(
                "ccas-saumur", "agent.saumur", "collegue.saumur", START, END, "Congés annuels", "agent.saumur", START);
    }

    @Test
    void runsFromItsStartUntilJustBeforeItsEnd() {
        Delegation d = delegation();

        assertThat(d.isRunning(START.minusMillis(1))).isFalse();
        assertThat(d.isRunning(START)).isTrue();
        assertThat(d.isRunning(END.minusMillis(1))).isTrue();
        assertThat(d.isRunning(END)).isFalse();
        assertThat(d.isOver(END.minusMillis(1))).isFalse();
        assertThat(d.isOver(END)).isTrue();
    }

    @Test
    void endedEarlyItRunsNoMoreAndCannotBeEndedTwice() {
        Delegation d = delegation();
        Instant now = START.plus(Duration.ofDays(1));

        d.end("responsable.saumur", now);

        assertThat(d.isRunning(now)).isFalse();
        assertThat(d.isOver(now)).isTrue();
        assertThat(d.endedBy()).isEqualTo("responsable.saumur");
        assertThat(d.endedAt()).isEqualTo(now);
        assertThatIllegalStateException().isThrownBy(() -> d.end("agent.saumur", now));
    }

    @Test
    void aDelegationPastItsEndCannotBeEnded() {
        assertThatIllegalStateException().isThrownBy(() -> delegation().end("agent.saumur", END));
    }

    @Test
    void refusesSelfDelegationAndEmptyPeriods() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Delegation(
                        "ccas-saumur", "agent.saumur", "agent.saumur", START, END, "Congés", "agent.saumur", START));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Delegation(
                        "ccas-saumur",
                        "agent.saumur",
                        "collegue.saumur",
                        START,
                        START,
                        "Congés",
                        "agent.saumur",
                        START));
    }
}
