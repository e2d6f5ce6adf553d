package org.passerelle.bench.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.bench.rotation.KeyRotationBenchmark.Progress;

class KeyRotationBenchmarkTest {

    private static final long S = 1_000_000_000L;

    @Test
    void anUnfinishedRotationIsExtrapolatedAtTheRateOfItsLastThird() {
        // 0-60 s: 1,000 rows/s; 60-90 s: 500 rows/s. 75,000 of 175,000 done after 90 s.
        List<Progress> timeline = List.of(
                new Progress(0, 0, 175_000, "RUNNING"),
                new Progress(30 * S, 30_000, 175_000, "RUNNING"),
                new Progress(60 * S, 60_000, 175_000, "RUNNING"),
                new Progress(90 * S, 75_000, 175_000, "RUNNING"));

        // the last third (from 60 s): 500 rows/s, so 100,000 rows left take 200 s more
        assertThat(KeyRotationBenchmark.extrapolatedSeconds(timeline)).isCloseTo(290, within(1e-6));
        assertThat(KeyRotationBenchmark.extrapolatedSeconds(
                        List.of(new Progress(0, 0, 10, "RUNNING"), new Progress(S, 0, 10, "RUNNING"))))
                .isInfinite();
    }
}
