package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulkhead of partner delivery (issue 16): while the CAF's endpoint hangs (takes each request
 * and answers nothing), it holds its share of the workers and no more, and the CPAM's deliveries
 * keep at least half their normal rate. Each rate is a backlog of the CPAM's, parked while it is
 * sent, divided by the time it takes to drain once released: the same measure, on the same
 * machine, with and without the hang.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on fast delivery retries")
class AHungPartnerKeepsToItsShareIT {

    private static final int BACKLOG = 40;

    @BeforeAll
    static void connect() {
        DeliveryLoad.CAF.connect();
        DeliveryLoad.CPAM.connect();
    }

    @AfterAll
    static void backToTheInbox() {
        DeliveryLoad.CAF.disconnect();
        DeliveryLoad.CPAM.disconnect();
    }

    @Test
    void theOtherPartnersKeepAtLeastHalfTheirPaceWhileOneHangs() {
        // Warm-up, measured by neither: the first SFTP session and key loading would slow the normal pace.
        cpamRate(DeliveryLoad.sendParked(DeliveryLoad.CPAM, BACKLOG / 4));
        double normal = cpamRate(DeliveryLoad.sendParked(DeliveryLoad.CPAM, BACKLOG));

        List<String> backlog = DeliveryLoad.sendParked(DeliveryLoad.CPAM, BACKLOG);
        DeliveryLoad.CAF.behave(Map.of("hang", true));
        List<String> toTheCaf = List.of();
        double whileTheCafHangs;
        try {
            toTheCaf = DeliveryLoad.send(DeliveryLoad.CAF, 30);
            List<String> hanging = toTheCaf;
            // more than one batch of the CAF's is held: its workers are stuck on it
            await("the CAF's deliveries hanging")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> DeliveryLoad.outbox(hanging, "held_by_node is not null") > 10);
            whileTheCafHangs = cpamRate(backlog);
            assertThat(DeliveryLoad.arrived(toTheCaf))
                    .as("nothing reached a hung CAF")
                    .isEmpty();
        } finally {
            DeliveryLoad.CAF.behave(Map.of("hang", false));
        }

        System.out.printf(
                "AHungPartnerKeepsToItsShareIT: CPAM %.1f deliveries/s normally, %.1f while the CAF hangs%n",
                normal, whileTheCafHangs);
        assertThat(whileTheCafHangs / normal)
                .as("the CPAM's pace while the CAF hangs, against its normal pace")
                .isGreaterThanOrEqualTo(0.5);
        List<String> delivered = toTheCaf;
        await("the CAF's orientations delivered once it answers again")
                .atMost(Duration.ofSeconds(90))
                .until(() -> DeliveryLoad.delivered(delivered) == delivered.size());
        DeliveryLoad.assertEachTookEffectOnce(toTheCaf);
    }

    /** The CPAM's parked backlog released and drained: deliveries per second. */
    private static double cpamRate(List<String> backlog) {
        Instant released = DeliveryLoad.release(backlog);
        await("the CPAM's backlog drained")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> DeliveryLoad.arrived(backlog).size() == backlog.size());
        double seconds = Duration.between(released, Instant.now()).toMillis() / 1000.0;
        DeliveryLoad.assertEachTookEffectOnce(backlog);
        return backlog.size() / seconds;
    }
}
