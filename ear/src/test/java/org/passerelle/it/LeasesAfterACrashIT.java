package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leases that know their holder (issue 16): a server killed (kill -9) during 300 deliveries, with
 * the default lease, takes back at its start what it held, rather than leave it reserved for the
 * lease (three minutes and more): nothing lost, nothing applied twice, one disclosure entry per
 * message however many attempts it took (those cut by the kill and by the hung partner's
 * timeouts included), and the messages it held delivered within 60 s of its return.
 */
@ExtendWith(StackExtension.class)
@OwnStack("crashes the server and reads its log")
class LeasesAfterACrashIT {

    private static final Pattern TAKEN_BACK =
            Pattern.compile("Partner delivery: (\\d+) message\\(s\\) held by this node's previous start taken back");

    @BeforeAll
    static void connect() {
        DeliveryLoad.CAF.connect();
    }

    @AfterAll
    static void backToTheInbox() {
        DeliveryLoad.CAF.disconnect();
    }

    @Test
    void aServerKilledDuring300DeliveriesTakesBackWhatItHeldAtOnceAndLosesNothing() throws Exception {
        List<String> ids = DeliveryLoad.sendParked(DeliveryLoad.CAF, 300);
        // The CAF hangs while the backlog leaves: the kill certainly finds batches in flight.
        DeliveryLoad.CAF.behave(Map.of("hang", true));
        long held;
        int logLines;
        Instant killed;
        try {
            DeliveryLoad.release(ids);
            await("batches in flight")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> DeliveryLoad.outbox(ids, "held_by_node is not null") > 10);
            held = DeliveryLoad.outbox(ids, "held_by_node is not null");
            logLines = serverLog().size();
            killed = Instant.now();
            Stack.current().crashAndRestartWildFly();
        } finally {
            DeliveryLoad.CAF.behave(Map.of("hang", false));
        }
        Instant back = Instant.now();

        List<String> started = serverLog().subList(logLines, serverLog().size());
        assertThat(takenBack(started))
                .as("the messages held when killed, taken back at start")
                .isEqualTo(held);
        await("every orientation delivered within 60 s of the server's return")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> DeliveryLoad.delivered(ids) == ids.size());
        System.out.printf(
                "LeasesAfterACrashIT: %d held at the kill; back %d s after the kill, all delivered %d s after the kill%n",
                held,
                Duration.between(killed, back).toSeconds(),
                Duration.between(killed, Instant.now()).toSeconds());
        DeliveryLoad.assertEachTookEffectOnce(ids);
        DeliveryLoad.assertEachDisclosedOnce(ids);
    }

    private static long takenBack(List<String> lines) {
        return lines.stream()
                .map(TAKEN_BACK::matcher)
                .filter(Matcher::find)
                .mapToLong(m -> Long.parseLong(m.group(1)))
                .findFirst()
                .orElse(-1);
    }

    private static List<String> serverLog() throws IOException {
        Path log = Stack.current().work().resolve("wildfly-base/log/server.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
