package org.passerelle.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    /** 1 ms to 100 ms, shuffled. */
    private final Latencies hundred = Latencies.of(LongStream.rangeClosed(1, 100)
            .map(i -> (i * 37 % 100 + 1) * 1_000_000)
            .toArray());

    @Test
    void percentilesAreTheRecordedValuesToThreeSignificantDigits() {
        assertThat(hundred.percentileMillis(0.50)).isCloseTo(50.0, within(0.05));
        assertThat(hundred.percentileMillis(0.95)).isCloseTo(95.0, within(0.095));
        assertThat(hundred.percentileMillis(0.99)).isCloseTo(99.0, within(0.099));
        assertThat(hundred.percentileMillis(1.0)).isCloseTo(100.0, within(0.1));
        assertThat(Latencies.of(3_000_000, 1_000_000).percentileMillis(0.5)).isCloseTo(1.0, within(0.001));
        assertThat(new Latencies().percentileMillis(0.5)).isNaN();
    }

    @Test
    void throughputIsTheCountOverTheSumOfLatencies() {
        // 1 + 2 + ... + 100 ms = 5.05 s for 100 operations
        assertThat(hundred.perSecond()).isCloseTo(100 / 5.05, within(100 / 5.05 * 1e-3));
        assertThat(hundred.meanMillis()).isCloseTo(50.5, within(0.05));
        assertThat(hundred.count()).isEqualTo(100);
    }

    @Test
    void pooledLatenciesHoldBoth() {
        Latencies pooled = Latencies.of(1_000_000, 2_000_000).plus(Latencies.of(9_000_000));
        assertThat(pooled.count()).isEqualTo(3);
        assertThat(pooled.percentileMillis(1.0)).isCloseTo(9.0, within(0.009));
        assertThat(pooled.percentileMillis(0.5)).isCloseTo(2.0, within(0.002));
    }

    @Test
    void rejectsPercentilesOutOfRange() {
        assertThatThrownBy(() -> hundred.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hundred.percentileMillis(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
