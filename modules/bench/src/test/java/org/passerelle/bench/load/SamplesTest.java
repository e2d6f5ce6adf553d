package org.passerelle.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SamplesTest {

    private static final long MS = 1_000_000;

    @Test
    void aWindowHoldsTheRequestsThatEndedInItWithLatenciesFromWhenTheyWereDue() {
        Samples all = new Samples();
        all.add(0, 5 * MS, 200); // ended before the window
        all.add(1_000 * MS, 1_002 * MS, 200);
        all.add(1_500 * MS, 1_510 * MS, 500);
        all.add(1_200 * MS, 1_204 * MS, 204);
        all.add(1_900 * MS, 2_000 * MS, -1); // ended at the window's end: the next window's
        all.error("first");
        all.error("second");
        Samples.Window window = all.between(1_000 * MS, 2_000 * MS);

        assertThat(all.size()).isEqualTo(5);
        assertThat(all.firstError()).isEqualTo("first");
        assertThat(window.completed()).isEqualTo(2);
        assertThat(window.errors()).isEqualTo(1);
        assertThat(window.seconds()).isEqualTo(1.0);
        assertThat(window.perSecond()).isEqualTo(2.0);
        assertThat(window.millis(0.5)).isCloseTo(2.0, within(0.002));
        assertThat(window.millis(1.0)).isCloseTo(4.0, within(0.004));
        Samples.Window twice = window.plus(all.between(1_000 * MS, 1_100 * MS));
        assertThat(twice.completed()).isEqualTo(3);
        assertThat(twice.seconds()).isCloseTo(1.1, within(1e-9));
        assertThat(all.between(3_000 * MS, 4_000 * MS).millis(0.5)).isNaN();
        assertThatThrownBy(() -> all.between(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threadsRecordIntoOneSamples() throws Exception {
        Samples samples = new Samples();
        Workers.run("test", 4, thread -> {
            for (int i = 0; i < 5_000; i++) {
                samples.add(i, i + 10, 200);
            }
        });
        assertThat(samples.between(0, 10_000).completed()).isEqualTo(20_000);
    }
}
