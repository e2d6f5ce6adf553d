package org.passerelle.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passerelle.bench.delivery.DeliveryApi.Route;
import org.passerelle.bench.delivery.DeliveryApi.Sent;
import org.passerelle.bench.delivery.PartnerDeliveryBenchmark.Arrivals;
import org.passerelle.bench.delivery.PartnerDeliveryBenchmark.Backlog;
import org.passerelle.bench.delivery.PartnerDeliveryBenchmark.Flow;

class PartnerDeliveryBenchmarkTest {

    private static final long MS = 1_000_000;

    @Test
    void aBacklogsRateCountsFromWhenItFellDueToItsLastArrival() {
        Instant due = Instant.parse("2026-11-23T10:00:00Z");
        Map<UUID, Instant> received = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            received.put(UUID.randomUUID(), due.plusMillis(500 + 2_000L * i / 199));
        }
        Arrivals arrivals = new Arrivals(received, 0, 0);
        Backlog backlog = new Backlog(
                new Route("caf-49", "HTTPS", "https://localhost/caf", List.of()),
                200,
                3.0,
                1.0,
                due,
                true,
                due.plusMillis(2_400),
                arrivals);

        assertThat(backlog.perSecond()).isEqualTo(80.0);
        assertThat(backlog.drainPerSecond()).isEqualTo(99.5);
    }

    @Test
    void commitToPartnerRunsFromEachSendsAnswerToItsArrival() {
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Sent> sent =
                List.of(new Sent(a, 0, 10 * MS, t.plusMillis(10)), new Sent(b, 100 * MS, 130 * MS, t.plusMillis(130)));
        Arrivals arrivals = new Arrivals(Map.of(a, t.plusMillis(25), b, t.plusMillis(170)), 0, 0);

        Flow flow = new Flow("senders", 1, Double.NaN, sent, arrivals);

        assertThat(flow.commitToPartner().count()).isEqualTo(2);
        assertThat(flow.commitToPartner().percentileMillis(0.5)).isCloseTo(15, within(0.015));
        assertThat(flow.commitToPartner().percentileMillis(1.0)).isCloseTo(40, within(0.04));
        assertThat(flow.sendCalls().percentileMillis(0.5)).isCloseTo(10, within(0.01));
        assertThat(flow.sendCalls().percentileMillis(1.0)).isCloseTo(30, within(0.03));
        assertThat(flow.sendsPerSecond()).isEqualTo(2 / 0.130);
        assertThat(flow.deliveredPerSecond()).isEqualTo(2 / 0.170);
    }
}
