package org.passerelle.simulator.https;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.openpgp.PGPSignature;
import org.passerelle.simulator.Channel;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.PartnerListener;
import org.passerelle.simulator.behaviour.Behaviours;
import org.passerelle.simulator.control.HttpReplies;
import org.passerelle.simulator.keys.PasserelleKeys;
import org.passerelle.simulator.keys.PasserelleUnavailableException;
import org.passerelle.simulator.keys.TlsIdentity;
import org.passerelle.simulator.openpgp.PgpFormatException;
import org.passerelle.simulator.openpgp.SignatureCheck;
import org.passerelle.simulator.openpgp.Signatures;
import org.passerelle.simulator.reception.Outcome;
import org.passerelle.simulator.reception.Reception;

/**
 * caf-49's endpoint, {@code POST https://localhost:{port}/caf/orientations} (§3.1): 202 when taken in
 * (a duplicate too), 400 for a document outside the contract, 401 for a missing or bad signature, 503
 * while {@code failTimes} lasts or Passerelle's key cannot be fetched to check the signature; nothing
 * while {@code hang} is set (the request is held, unanswered).
 */
public final class CafHttpsEndpoint implements PartnerListener {

    public static final String PATH = "/caf/orientations";
    static final int MAX_BODY = 1 << 20;
    /** A hang longer than any client waits, but not for ever: the simulator must stop cleanly. */
    static final Duration LONGEST_HANG = Duration.ofMinutes(5);

    private final int port;
    private final TlsIdentity tls;
    private final PasserelleKeys passerelleKeys;
    private final Behaviours behaviours;
    private final Reception reception;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private HttpsServer server;

    public CafHttpsEndpoint(
            int port, TlsIdentity tls, PasserelleKeys passerelleKeys, Behaviours behaviours, Reception reception) {
        this.port = port;
        this.tls = tls;
        this.passerelleKeys = passerelleKeys;
        this.behaviours = behaviours;
        this.reception = reception;
    }

    @Override
    public Partner partner() {
        return Partner.CAF_49;
    }

    @Override
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpsServer created = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        created.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()));
        created.createContext(PATH, this::handle);
        created.setExecutor(executor);
        created.start();
        server = created;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public synchronized boolean running() {
        return server != null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                HttpReplies.problem(exchange, 404, "Not Found", null);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpReplies.problem(exchange, 405, "Method Not Allowed", null);
                return;
            }
            if (hung()) {
                HttpReplies.problem(exchange, 503, "Service Unavailable", "simulated hang");
                return;
            }
            if (behaviours.takeFailure(Partner.CAF_49)) {
                EventLog.event("delivery refused partner=caf-49 channel=HTTPS status=503 because=failTimes");
                HttpReplies.problem(exchange, 503, "Service Unavailable", "simulated failure (failTimes)");
                return;
            }
            String contentType = Optional.ofNullable(
                            exchange.getRequestHeaders().getFirst("Content-Type"))
                    .orElse("");
            if (!contentType.toLowerCase().startsWith("application/json")) {
                HttpReplies.problem(exchange, 415, "Unsupported Media Type", "expected application/json");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                HttpReplies.problem(exchange, 413, "Content Too Large", null);
                return;
            }
            SignatureCheck signature;
            try {
                signature = check(body, exchange.getRequestHeaders().getFirst("Passerelle-Signature"));
            } catch (PasserelleUnavailableException e) {
                EventLog.event(
                        "delivery deferred partner=caf-49 channel=HTTPS status=503 because=\"passerelle keys unavailable\"");
                HttpReplies.problem(exchange, 503, "Service Unavailable", "Passerelle's key cannot be fetched yet");
                return;
            }
            String idempotencyKey = Optional.ofNullable(
                            exchange.getRequestHeaders().getFirst("Idempotency-Key"))
                    .orElse("");
            Outcome outcome =
                    reception.receive(Partner.CAF_49, Channel.HTTPS, body, signature, Optional.of(idempotencyKey));
            switch (outcome) {
                case ACCEPTED, DUPLICATE -> HttpReplies.json(exchange, 202, Map.of("status", outcome.name()));
                case BAD_SIGNATURE ->
                    HttpReplies.problem(
                            exchange,
                            401,
                            "Unauthorized",
                            "Passerelle-Signature missing or not a valid signature by Passerelle's key");
                case BAD_DOCUMENT ->
                    HttpReplies.problem(
                            exchange, 400, "Bad Request", "not a passerelle.orientation/1 document for caf-49");
            }
        } catch (RuntimeException e) {
            EventLog.event("arrival failed partner=caf-49 channel=HTTPS error=" + EventLog.describe(e));
            HttpReplies.problem(exchange, 500, "Internal Server Error", null);
        }
    }

    /** While {@code hang} is set, holds the request unanswered (the client's read timeout ends it). */
    private boolean hung() {
        try {
            if (!behaviours.hangWhileSet(Partner.CAF_49, LONGEST_HANG)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        EventLog.event("delivery hung partner=caf-49 channel=HTTPS");
        return true;
    }

    private SignatureCheck check(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return SignatureCheck.MISSING;
        }
        List<PGPSignature> signatures;
        try {
            signatures = Signatures.readDetached(Base64.getDecoder().decode(header.trim()));
        } catch (IllegalArgumentException | PgpFormatException e) {
            return SignatureCheck.INVALID;
        }
        return passerelleKeys.verify(certificate -> Signatures.verify(body, signatures, certificate));
    }
}
