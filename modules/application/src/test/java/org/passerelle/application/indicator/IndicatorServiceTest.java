package org.passerelle.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.ListedEntries;
import org.passerelle.application.identity.Caller;
import org.passerelle.secrecy.Role;

/** The default window of the indicators follows the injected clock, in Paris months; no server, no waiting. */
class IndicatorServiceTest {

    private static final Caller DPO = new Caller("u-9", "dpo.saumur", "ccas-saumur", Set.of(Role.AUDITOR));

    /** A clock the test moves forward by hand. */
    private static final class SteppingClock extends Clock {

        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void step(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            SteppingClock parent = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return parent.withZone(other);
                }

                @Override
                public Instant instant() {
                    return parent.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final List<YearMonth[]> asked = new ArrayList<>();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-31T22:30:00Z"));
    private final IndicatorService service = service();

    private IndicatorService service() {
        IndicatorService s = new IndicatorService();
        s.clock = clock;
        s.indicators = (organisation, from, to) -> {
            asked.add(new YearMonth[] {from, to});
            return List.of();
        };
        s.gate = new AccessGate(new ListedEntries(), null);
        return s;
    }

    @Test
    void theDefaultWindowEndsWithTheCurrentMonthInParis() {
        service.referrals(DPO, null, null);
        clock.step(Duration.ofHours(1)); // 23:30 UTC, past midnight in Paris: January already

        service.referrals(DPO, null, null);

        assertThat(asked)
                .extracting(w -> w[0], w -> w[1])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), YearMonth.of(2027, 1)));
    }
}
