package org.passerelle.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The partner simulator ({@code modules/partner-simulator/target/partner-simulator.jar}) started by
 * the benchmark for P4, beside the benchmark's stack and on ports of the same 2xxxx range (control
 * API {@value #HTTP_PORT}, the CAF's HTTPS {@value #HTTPS_PORT}, the CPAM's SFTP {@value #SFTP_PORT},
 * the Département's AMQP {@value #AMQP_PORT}), with fresh keys and ledger in its own folder; and a
 * client of its control API (keys, behaviours, ledger). {@link #close()} stops it (its process tree),
 * also from a shutdown hook (Ctrl-C) and after a failed start.
 */
public final class PartnerSimulator implements AutoCloseable {

    public static final int HTTP_PORT = 8280 + BenchStack.PORT_OFFSET;
    public static final int HTTPS_PORT = 8243 + BenchStack.PORT_OFFSET;
    public static final int SFTP_PORT = 2222 + BenchStack.PORT_OFFSET;
    static final int AMQP_PORT = 5682 + BenchStack.PORT_OFFSET;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerProcess process;
    private final URI control = URI.create("http://127.0.0.1:" + HTTP_PORT);
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread shutdownHook;
    private boolean closed;

    private PartnerSimulator(ServerProcess process) {
        this.process = process;
        this.shutdownHook = new Thread(this::stop, "stop-partner-simulator");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The jar of a checkout: {@code ./mvnw -pl modules/partner-simulator -am package} makes it. */
    public static Path jar(BenchStack.Layout layout) {
        // The layout's EAR is <repository>/ear/target/passerelle.ear.
        return layout.ear()
                .toAbsolutePath()
                .getParent()
                .getParent()
                .getParent()
                .resolve("modules/partner-simulator/target/partner-simulator.jar");
    }

    /**
     * Starts the simulator and waits until every listener is up.
     *
     * @param work         its folder: {@code data/} (keys, SFTP tree, ledger), deleted first, and {@code simulator.log}
     * @param clientSecret what it would use for the partner systems' client credentials (only for status replies)
     */
    public static PartnerSimulator start(
            Path jar, Path work, URI passerelle, URI keycloak, String realm, String clientSecret) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build it (./mvnw -pl modules/partner-simulator -am " + "package -DskipTests)");
        }
        for (int port : List.of(HTTP_PORT, HTTPS_PORT, SFTP_PORT, AMQP_PORT)) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use: is another benchmark running?");
            }
        }
        Path data = work.resolve("data");
        BenchStack.deleteTree(data);
        Files.createDirectories(data);
        ServerProcess process = ServerProcess.start(
                "partner-simulator",
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--data=" + data,
                        "--http-port=" + HTTP_PORT,
                        "--https-port=" + HTTPS_PORT,
                        "--sftp-port=" + SFTP_PORT,
                        "--amqp-port=" + AMQP_PORT,
                        "--passerelle-url=" + withoutSlash(passerelle),
                        "--keycloak-url=" + withoutSlash(keycloak),
                        "--realm=" + realm,
                        "--client-secret=" + clientSecret),
                Map.of("JAVA_HOME", System.getProperty("java.home")),
                work,
                work.resolve("simulator.log"));
        PartnerSimulator simulator = new PartnerSimulator(process);
        try {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (!BenchStack.httpOk(simulator.control.resolve("/health"))) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the partner simulator exited; see " + process.log());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            "the partner simulator is not ready after " + START_TIMEOUT + "; see " + process.log());
                }
                sleep(200);
            }
            return simulator;
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    public Path log() {
        return process.log();
    }

    /** {@code openpgp}, {@code fingerprint}, and {@code tlsCertificate} or {@code sshHostKey}: what an admin registers. */
    public JsonNode keys(String partner) {
        return json(call("GET", "/keys/" + partner, null));
    }

    /** Replaces the partner's behaviour ({@code replies}, {@code down}…; members left out take their default). */
    public void behave(String partner, Map<String, Object> behaviour) {
        call("PUT", "/behaviour/" + partner, behaviour);
    }

    /** Whether the partner's listener (HTTPS, SFTP or AMQP server) is up, from {@code GET /health}. */
    public boolean listening(String partner) {
        return json(call("GET", "/health", null))
                .path("listening")
                .path(partner)
                .asBoolean(false);
    }

    /** Every arrival at the partner's system, in arrival order (duplicates and refusals included). */
    public List<JsonNode> ledger(String partner) {
        List<JsonNode> entries = new ArrayList<>();
        json(call("GET", "/ledger?partner=" + partner, null)).forEach(entries::add);
        return entries;
    }

    private String call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(control.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                throw new IllegalStateException("partner simulator: " + method + " " + path + " answered HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("partner simulator: " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void stop() {
        if (!closed) {
            closed = true;
            process.close();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs or ran
        }
    }

    private static String withoutSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(BenchStack.HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
