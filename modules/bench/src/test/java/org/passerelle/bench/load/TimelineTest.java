package org.passerelle.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final long SECOND = 1_000_000_000L;

    /** 10 batches of 1,000, each a second slower than the one before: 1 s, 2 s, ... 10 s. */
    private Timeline slowingDown() {
        Timeline timeline = new Timeline(100 * SECOND);
        long nanos = 100 * SECOND;
        for (int batch = 1; batch <= 10; batch++) {
            nanos += batch * SECOND;
            timeline.reached(batch * 1_000L, nanos);
        }
        return timeline;
    }

    @Test
    void theOverallRateIsTheFinalCountOverTheWholeTime() {
        assertThat(slowingDown().overall().perSecond()).isCloseTo(10_000 / 55.0, within(1e-9));
        assertThat(slowingDown().count()).isEqualTo(10_000);
    }

    @Test
    void headAndTailShowAJobSlowingDown() {
        Timeline timeline = slowingDown();

        assertThat(timeline.head(0.1)).isEqualTo(new Rate(1_000, SECOND));
        assertThat(timeline.tail(0.1)).isEqualTo(new Rate(1_000, 10 * SECOND));
        assertThat(timeline.head(0.25)).isEqualTo(new Rate(3_000, 6 * SECOND));
        assertThat(timeline.tail(0.25)).isEqualTo(new Rate(3_000, 27 * SECOND));
        assertThat(timeline.tail(1.0)).isEqualTo(timeline.overall());
    }

    @Test
    void refusesACounterGoingBackAndRatesWithoutReadings() {
        Timeline timeline = new Timeline(0);
        assertThatThrownBy(timeline::overall).isInstanceOf(IllegalStateException.class);
        timeline.reached(5, SECOND);
        assertThatThrownBy(() -> timeline.reached(4, 2 * SECOND)).isInstanceOf(IllegalArgumentException.class);
    }
}
