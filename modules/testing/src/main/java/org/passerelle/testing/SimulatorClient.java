package org.passerelle.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The partner simulator's control API (modules/partner-simulator, {@link Ports#simulatorUrl()}): the
 * partners' public keys, how each partner system behaves, and the ledger of what arrived there. A
 * call answered otherwise than 2xx throws an {@link ApiException}.
 */
public final class SimulatorClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI control;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SimulatorClient(URI control) {
        this.control = control;
    }

    /** {@code openpgp}, {@code fingerprint}, and {@code tlsCertificate} or {@code sshHostKey}: what an admin registers. */
    public JsonNode keys(String partner) {
        return call("GET", "/keys/" + partner, null);
    }

    /** Replaces the partner's behaviour ({@code replies}, {@code down}…; members left out take their default). */
    public void behave(String partner, Map<String, Object> behaviour) {
        call("PUT", "/behaviour/" + partner, behaviour);
    }

    /** Whether the partner's listener (HTTPS, SFTP or AMQP server) is up. */
    public boolean listening(String partner) {
        return call("GET", "/health", null).path("listening").path(partner).asBoolean(false);
    }

    /** Every arrival at the partner's system, in arrival order (duplicates and refusals included). */
    public List<JsonNode> ledger(String partner) {
        return entries("/ledger?partner=" + partner);
    }

    /** Every arrival at every partner system, in arrival order. */
    public List<JsonNode> ledger() {
        return entries("/ledger");
    }

    private List<JsonNode> entries(String path) {
        List<JsonNode> entries = new ArrayList<>();
        call("GET", path, null).forEach(entries::add);
        return entries;
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(control.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(
                        "simulator: " + method + " " + path + " answered " + response.statusCode(),
                        response.statusCode());
            }
            String text = response.body();
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new ApiException("simulator: " + method + " " + path + ": " + e, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("simulator: interrupted", 0);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
