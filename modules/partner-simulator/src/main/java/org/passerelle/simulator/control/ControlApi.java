package org.passerelle.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.PartnerListener;
import org.passerelle.simulator.behaviour.Behaviour;
import org.passerelle.simulator.behaviour.Behaviours;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.keys.KeyFolder;
import org.passerelle.simulator.ledger.Ledger;
import org.passerelle.simulator.ledger.ReplyLog;

/**
 * The plain-HTTP control port for tests and the demo (README.md lists the routes): health, ledger,
 * replies, the partners' public keys and their behaviours. It stays up while a partner is "down".
 */
public final class ControlApi implements AutoCloseable {

    private final Ledger ledger;
    private final ReplyLog replies;
    private final Behaviours behaviours;
    private final KeyFolder keys;
    private final Map<Partner, PartnerListener> listeners;
    private final BooleanSupplier ready;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public ControlApi(
            int port,
            Ledger ledger,
            ReplyLog replies,
            Behaviours behaviours,
            KeyFolder keys,
            Map<Partner, PartnerListener> listeners,
            BooleanSupplier ready)
            throws IOException {
        this.ledger = ledger;
        this.replies = replies;
        this.behaviours = behaviours;
        this.keys = keys;
        this.listeners = Map.copyOf(listeners);
        this.ready = ready;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public void start() {
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Optional<String> partnerFilter = query(exchange, "partner");
            switch (path) {
                case "/health" -> health(exchange);
                case "/ledger" -> {
                    switch (method) {
                        case "GET" -> HttpReplies.json(exchange, 200, ledger.entries(partnerFilter));
                        case "DELETE" -> {
                            ledger.clear();
                            EventLog.event("ledger cleared");
                            HttpReplies.empty(exchange, 204);
                        }
                        default -> HttpReplies.problem(exchange, 405, "Method Not Allowed", null);
                    }
                }
                case "/replies" -> {
                    switch (method) {
                        case "GET" -> HttpReplies.json(exchange, 200, replies.replies(partnerFilter));
                        case "DELETE" -> {
                            replies.clear();
                            HttpReplies.empty(exchange, 204);
                        }
                        default -> HttpReplies.problem(exchange, 405, "Method Not Allowed", null);
                    }
                }
                default -> {
                    if (path.startsWith("/keys/") && "GET".equals(method)) {
                        withPartner(exchange, path.substring("/keys/".length()), this::keys);
                    } else if (path.startsWith("/behaviour/")) {
                        withPartner(exchange, path.substring("/behaviour/".length()), this::behaviour);
                    } else {
                        HttpReplies.problem(exchange, 404, "Not Found", null);
                    }
                }
            }
        } catch (RuntimeException e) {
            EventLog.event("control request failed error=" + EventLog.describe(e));
            HttpReplies.problem(exchange, 500, "Internal Server Error", null);
        }
    }

    private interface PartnerHandler {
        void handle(HttpExchange exchange, Partner partner) throws IOException;
    }

    private static void withPartner(HttpExchange exchange, String code, PartnerHandler handler) throws IOException {
        Optional<Partner> partner = Partner.byCode(code);
        if (partner.isEmpty()) {
            HttpReplies.problem(exchange, 404, "Not Found", "partners: caf-49, cpam-49, dept-49");
            return;
        }
        handler.handle(exchange, partner.get());
    }

    private void health(HttpExchange exchange) throws IOException {
        Map<String, Object> listening = new LinkedHashMap<>();
        listeners.forEach((partner, listener) -> listening.put(partner.code(), listener.running()));
        boolean up = ready.getAsBoolean();
        HttpReplies.json(exchange, up ? 200 : 503, Map.of("status", up ? "UP" : "STARTING", "listening", listening));
    }

    private void keys(HttpExchange exchange, Partner partner) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("openpgp", keys.openPgp(partner).certificate().armored());
        body.put("fingerprint", keys.openPgp(partner).fingerprint());
        if (partner == Partner.CAF_49) {
            body.put("tlsCertificate", keys.tls().certificatePem());
        }
        if (partner == Partner.CPAM_49) {
            body.put("sshHostKey", keys.sshHostKey().publicKeyLine());
        }
        HttpReplies.json(exchange, 200, body);
    }

    private void behaviour(HttpExchange exchange, Partner partner) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> HttpReplies.json(exchange, 200, behaviours.get(partner));
            case "PUT" -> {
                Behaviour behaviour;
                try (InputStream in = exchange.getRequestBody()) {
                    JsonNode json = Json.MAPPER.readTree(in.readNBytes(1 << 16));
                    behaviour = Behaviour.fromJson(json);
                } catch (IOException | IllegalArgumentException e) {
                    HttpReplies.problem(
                            exchange,
                            400,
                            "Bad Request",
                            e instanceof IllegalArgumentException ? e.getMessage() : "not JSON");
                    return;
                }
                behaviours.set(partner, behaviour);
                try {
                    applyDown(partner, behaviour.down());
                } catch (IOException e) {
                    EventLog.event(
                            "listener start failed partner=" + partner + " error=" + EventLog.describe(e.getCause()));
                    HttpReplies.problem(exchange, 500, "Internal Server Error", "the listener could not start again");
                    return;
                }
                EventLog.event("behaviour set partner=" + partner + " replies=" + behaviour.replies()
                        + " failTimes=" + behaviour.failTimes() + " down=" + behaviour.down()
                        + " duplicateReplies=" + behaviour.duplicateReplies() + " replyDelayMs="
                        + behaviour.replyDelayMs() + " hang=" + behaviour.hang());
                HttpReplies.json(exchange, 200, behaviour);
            }
            default -> HttpReplies.problem(exchange, 405, "Method Not Allowed", null);
        }
    }

    private void applyDown(Partner partner, boolean down) throws IOException {
        PartnerListener listener = listeners.get(partner);
        synchronized (listener) {
            if (down && listener.running()) {
                listener.stop();
                EventLog.event("listener down partner=" + partner + " channel=" + partner.channel());
            } else if (!down && !listener.running()) {
                try {
                    listener.start();
                } catch (Exception e) {
                    throw new IOException("cannot start the listener of " + partner, e);
                }
                EventLog.event("listener up partner=" + partner + " channel=" + partner.channel());
            }
        }
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && name.equals(pair.substring(0, equals))) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
