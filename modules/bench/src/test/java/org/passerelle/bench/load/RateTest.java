package org.passerelle.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aRateIsACountOverItsTime() {
        Rate rate = new Rate(30_000, 10 * SECOND);

        assertThat(rate.count()).isEqualTo(30_000);
        assertThat(rate.seconds()).isEqualTo(10.0);
        assertThat(rate.perSecond()).isCloseTo(3_000, within(1e-9));
    }

    @Test
    void periodsAddUpAsTotalCountOverTotalTimeNotAsAMeanOfRates() {
        Rate fast = new Rate(4_000, SECOND);
        Rate slow = new Rate(1_000, 3 * SECOND);

        assertThat(fast.plus(slow).perSecond()).isCloseTo(1_250, within(1e-9));
    }

    @Test
    void extrapolatesTheTimeForAnotherCount() {
        Rate verification = new Rate(1_000_000, 25 * SECOND);

        assertThat(verification.secondsFor(10_000_000)).isCloseTo(250, within(1e-9));
        assertThatThrownBy(() -> new Rate(0, SECOND).secondsFor(10)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsNegativeCountsAndNoTime() {
        assertThatThrownBy(() -> new Rate(-1, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
