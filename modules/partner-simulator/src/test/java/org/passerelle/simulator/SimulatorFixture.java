package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.passerelle.simulator.document.Json;

/** A simulator started in-process on free ports with a temporary data folder, and a fake Passerelle. */
final class SimulatorFixture implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    final FakePasserelle passerelle;
    final Path data;
    final int httpPort;
    final int httpsPort;
    final int sftpPort;
    final int amqpPort;
    final HttpClient http = HttpClient.newHttpClient();
    PartnerSimulator simulator;

    private SimulatorFixture() throws Exception {
        passerelle = new FakePasserelle();
        data = Files.createTempDirectory("partner-simulator-test");
        int[] ports = freePorts(4);
        httpPort = ports[0];
        httpsPort = ports[1];
        sftpPort = ports[2];
        amqpPort = ports[3];
        // the CAF system's client secret in a file, as the launcher writes it: the one the fake
        // token endpoint expects
        Files.writeString(data.resolve("caf-49-system.secret"), "demo\n");
    }

    static SimulatorFixture start() throws Exception {
        SimulatorFixture fixture = new SimulatorFixture();
        fixture.simulator = PartnerSimulator.start(fixture.options());
        return fixture;
    }

    SimulatorOptions options() {
        return SimulatorOptions.parse(new String[] {
            "--data=" + data,
            "--http-port=" + httpPort,
            "--https-port=" + httpsPort,
            "--sftp-port=" + sftpPort,
            "--amqp-port=" + amqpPort,
            "--passerelle-url=" + passerelle.url(),
            "--keycloak-url=" + passerelle.url(),
            "--client-secret-file=" + data.resolve("caf-49-system.secret")
        });
    }

    /** Stops the simulator and starts a new one on the same data folder and ports. */
    void restart() throws Exception {
        simulator.close();
        simulator = PartnerSimulator.start(options());
    }

    URI control(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(control(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    void behaviour(Partner partner, String json) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(control("/behaviour/" + partner.code()))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    List<JsonNode> ledger(String messageId) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        getJson("/ledger").forEach(entry -> {
            if (messageId.equals(entry.path("messageId").asText(null))) {
                entries.add(entry);
            }
        });
        return entries;
    }

    List<JsonNode> awaitLedger(String messageId, int count) {
        return await(
                () -> {
                    try {
                        return ledger(messageId);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                entries -> entries.size() >= count);
    }

    List<JsonNode> replies(String referralId) throws Exception {
        List<JsonNode> replies = new ArrayList<>();
        getJson("/replies").forEach(reply -> {
            if (referralId.equals(reply.path("referralId").asText())) {
                replies.add(reply);
            }
        });
        return replies;
    }

    /** Polls, no fixed sleep: returns as soon as {@code done} holds, fails after {@link #PATIENCE}. */
    static <T> T await(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after " + PATIENCE + ": " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
            value = probe.get();
        }
        return value;
    }

    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }

    @Override
    public void close() throws IOException {
        if (simulator != null) {
            simulator.close();
        }
        passerelle.close();
        http.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
