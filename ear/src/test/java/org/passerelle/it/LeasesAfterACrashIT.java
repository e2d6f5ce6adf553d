package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leases that know their holder (issue 16): a server killed (kill -9) during 300 deliveries, with
 * the default lease, takes back at its start what it held, rather than leave it reserved for the
 * lease (three minutes and more): nothing lost, nothing applied twice, and the messages it held
 * delivered within 60 s of its return.
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
        DeliveryLoad.release(ids);
        await("deliveries under way")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> DeliveryLoad.arrived(ids).size() >= 10);
        int logLines = serverLog().size();

        Instant killed = Instant.now();
        Stack.current().crashAndRestartWildFly();
        Instant back = Instant.now();
        assertThat(DeliveryLoad.arrived(ids)).as("killed mid-delivery").hasSizeLessThan(ids.size());

        List<String> started = serverLog().subList(logLines, serverLog().size());
        assertThat(takenBack(started))
                .as("the messages held when killed, taken back at start")
                .isPositive();
        await("every orientation delivered within 60 s of the server's return")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> DeliveryLoad.delivered(ids) == ids.size());
        System.out.printf(
                "LeasesAfterACrashIT: back %d s after the kill, all delivered %d s after the kill%n",
                Duration.between(killed, back).toSeconds(),
                Duration.between(killed, Instant.now()).toSeconds());
        DeliveryLoad.assertEachTookEffectOnce(ids);
    }

    private static int takenBack(List<String> lines) {
        return lines.stream()
                .map(TAKEN_BACK::matcher)
                .filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .findFirst()
                .orElse(-1);
    }

    private static List<String> serverLog() throws IOException {
        Path log = Stack.current().work().resolve("wildfly-base/log/server.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
