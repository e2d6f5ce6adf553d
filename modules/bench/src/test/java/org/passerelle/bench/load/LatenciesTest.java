package org.passerelle.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    /** 1 ms to 100 ms, shuffled. */
    private final Latencies hundred = new Latencies(
            LongStream.rangeClosed(1, 100).map(i -> (i * 37 % 100 + 1) * 1_000_000).toArray());

    @Test
    void percentilesAreNearestRank() {
        assertThat(hundred.percentileMillis(0.50)).isEqualTo(50.0);
        assertThat(hundred.percentileMillis(0.95)).isEqualTo(95.0);
        assertThat(hundred.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(hundred.percentileMillis(1.0)).isEqualTo(100.0);
        assertThat(new Latencies(new long[] {3_000_000, 1_000_000}).percentileMillis(0.5)).isEqualTo(1.0);
    }

    @Test
    void throughputIsTheCountOverTheSumOfLatencies() {
        // 1 + 2 + ... + 100 ms = 5.05 s for 100 operations
        assertThat(hundred.perSecond()).isCloseTo(100 / 5.05, within(1e-9));
        assertThat(hundred.count()).isEqualTo(100);
    }

    @Test
    void rejectsNothingToMeasureAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> new Latencies(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hundred.percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hundred.percentileMillis(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
