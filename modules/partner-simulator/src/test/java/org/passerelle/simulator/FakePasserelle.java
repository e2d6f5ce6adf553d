package org.passerelle.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.openpgp.OpenPgpKey;

/**
 * Test-only stand-in for Passerelle's side of the contract: its published keys, the partner-updates
 * endpoint the CAF posts to, and, for this unit-level test only, a token endpoint in Keycloak's shape.
 */
final class FakePasserelle implements AutoCloseable {

    static final String TOKEN = "test-access-token";

    record Update(byte[] body, String signature, String authorization) {}

    final OpenPgpKey openPgpKey = OpenPgpKey.generate("Passerelle (test) <passerelle@test.invalid>");
    final KeyPair sshKey;
    final List<Update> updates = new CopyOnWriteArrayList<>();
    final AtomicInteger tokenRequests = new AtomicInteger();
    private final HttpServer server;

    FakePasserelle() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        sshKey = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/api/v1/exchange/keys",
                exchange -> json(
                        exchange,
                        200,
                        Json.text(java.util.Map.of(
                                "openpgp",
                                openPgpKey.certificate().armored(),
                                "ssh",
                                PublicKeyEntry.toString(sshKey.getPublic()) + " passerelle"))));
        server.createContext("/realms/passerelle/protocol/openid-connect/token", exchange -> {
            String form = read(exchange);
            tokenRequests.incrementAndGet();
            boolean good = form.contains("grant_type=client_credentials")
                    && form.contains("client_id=caf-49-system")
                    && form.contains("client_secret=demo");
            json(
                    exchange,
                    good ? 200 : 401,
                    good
                            ? "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}"
                            : "{\"error\":\"unauthorized_client\"}");
        });
        server.createContext("/api/v1/partner-updates", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            updates.add(new Update(
                    body,
                    exchange.getRequestHeaders().getFirst("Passerelle-Signature"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            json(exchange, 200, "{\"status\":\"APPLIED\"}");
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
