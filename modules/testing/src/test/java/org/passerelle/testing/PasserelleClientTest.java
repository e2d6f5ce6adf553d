package org.passerelle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wiring a partner's channel against a stub of Keycloak and the API: the keys registered first, the
 * convention revised with the version read (If-Match), its other terms kept, the channel and the
 * key's fingerprint set.
 */
class PasserelleClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONVENTIONS = """
            [{"id":"c-old","cadre":"SOCIAL_ACTION","purpose":"acces-aux-droits","active":false},
             {"id":"c-1","cadre":"SOCIAL_ACTION","purpose":"acces-aux-droits","active":true,
              "allowedFields":["person.lastName","case.housing"],"reminderDays":10,"urgentReminderDays":2,
              "expiryDays":30,"channel":"INBOX","rejectionReasons":[{"code":"HORS_CHAMP","label":"Hors du champ","since":"2026-01-01"}]},
             {"id":"c-2","cadre":"RSA","purpose":"insertion-rsa","active":true}]""";

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private final Map<String, JsonNode> bodies = new ConcurrentHashMap<>();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/realms/passerelle/protocol/openid-connect/token",
                exchange -> answer(exchange, 200, "{\"access_token\":\"admin-token\",\"expires_in\":300}", null));
        server.createContext("/api/v1", this::api);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private void api(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " "
                + exchange.getRequestURI().toString().substring("/api/v1".length());
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        requests.add(call + (ifMatch == null ? "" : " If-Match " + ifMatch));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            bodies.put(call, JSON.readTree(body));
        }
        switch (call) {
            case "PUT /partner-keys/caf-49" -> answer(exchange, 200, "{\"fingerprint\":\"F1NGER\"}", null);
            case "GET /conventions?partner=caf-49" -> answer(exchange, 200, CONVENTIONS, null);
            case "GET /conventions/c-1" -> answer(exchange, 200, "{\"id\":\"c-1\"}", "\"v3\"");
            case "PUT /conventions/c-1" -> answer(exchange, 200, "{\"id\":\"c-1\"}", "\"v4\"");
            default -> answer(exchange, 404, "{}", null);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body, String etag) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void registersTheKeysThenPointsTheActiveConventionAtTheChannelKeepingItsTerms() throws IOException {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonNode keys = JSON.readTree("{\"openpgp\":\"PGP KEY\",\"tlsCertificate\":\"CERT\",\"sshHostKey\":null,"
                + "\"partner\":\"caf-49\"}");
        try (PasserelleClient client = new PasserelleClient(base, base, "passerelle")) {
            assertThat(client.connectPartner(
                            "admin.passerelle",
                            "caf-49",
                            keys,
                            "SOCIAL_ACTION",
                            "acces-aux-droits",
                            "HTTPS",
                            "https://localhost:8243/caf/orientations"))
                    .isTrue();
        }

        assertThat(requests)
                .containsExactly(
                        "PUT /partner-keys/caf-49",
                        "GET /conventions?partner=caf-49",
                        "GET /conventions/c-1",
                        "PUT /conventions/c-1 If-Match \"v3\"");
        assertThat(bodies.get("PUT /partner-keys/caf-49"))
                .isEqualTo(JSON.readTree("{\"openpgp\":\"PGP KEY\",\"tlsCertificate\":\"CERT\"}"));
        assertThat(bodies.get("PUT /conventions/c-1")).isEqualTo(JSON.readTree("""
                {"allowedFields":["person.lastName","case.housing"],"reminderDays":10,"urgentReminderDays":2,"expiryDays":30,
                 "rejectionReasons":[{"code":"HORS_CHAMP","label":"Hors du champ"}],
                 "channel":"HTTPS","endpoint":"https://localhost:8243/caf/orientations","partnerKeyRef":"F1NGER"}"""));
    }

    @Test
    void leavesAPartnerWithoutAnActiveConventionOnTheInbox() throws IOException {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (PasserelleClient client = new PasserelleClient(base, base, "passerelle")) {
            assertThat(client.connectPartner(
                            "admin.passerelle",
                            "caf-49",
                            JSON.readTree("{\"openpgp\":\"K\"}"),
                            "SOCIAL_ACTION",
                            "autre-objet",
                            "HTTPS",
                            "https://localhost:8243/caf/orientations"))
                    .isFalse();
        }
        assertThat(requests).containsExactly("PUT /partner-keys/caf-49", "GET /conventions?partner=caf-49");
    }
}
