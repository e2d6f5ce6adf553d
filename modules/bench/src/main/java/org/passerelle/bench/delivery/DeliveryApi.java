package org.passerelle.bench.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.passerelle.bench.seed.StackData;
import org.passerelle.bench.stack.BenchStack;
import org.passerelle.bench.stack.HttpConnection;
import org.passerelle.bench.stack.Tokens;

/**
 * What P4 asks of Passerelle's REST API, on the benchmark's stack, through the benchmark's own
 * kept-alive {@link HttpConnection}: as {@code admin.passerelle}, register a partner system's keys
 * and point its convention at the simulator; as the demo référent {@value StackData#AGENT}, register
 * usagers with a dossier and a prior notice, draft orientations and send them. Every call must
 * succeed: an unexpected status fails the measurement with the answer's body.
 */
final class DeliveryApi {

    static final String ADMIN = "admin.passerelle";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A partner's route as the integration tests use it: its convention, channel and the fields picked. */
    record Route(
            String partner,
            String cadre,
            String purpose,
            String channel,
            String endpoint,
            List<String> categories,
            List<String> pick) {}

    /** An orientation sent: its id, when the send call started and ended (nanos), and when its answer arrived. */
    record Sent(UUID id, long startNanos, long endNanos, Instant answered) {}

    private final String host;
    private final Tokens agent;
    private final Tokens admin;
    private final AtomicInteger reasons = new AtomicInteger();

    DeliveryApi(BenchStack stack) {
        this.host = stack.hostHeader();
        this.agent = new Tokens(stack.keycloak(), BenchStack.REALM, StackData.AGENT);
        this.admin = new Tokens(stack.keycloak(), BenchStack.REALM, ADMIN);
    }

    HttpConnection connection() {
        return new HttpConnection(BenchStack.HOST, BenchStack.HTTP_PORT);
    }

    /**
     * Registers the partner system's public material (the simulator's keys) and points the route's
     * convention at its endpoint, with reminder and expiry delays that nothing reaches during a run.
     */
    void connect(HttpConnection http, Route route, JsonNode keys) throws IOException {
        Map<String, Object> material = new HashMap<>();
        material.put("openpgp", keys.path("openpgp").asText());
        for (String optional : List.of("tlsCertificate", "sshHostKey")) {
            if (keys.hasNonNull(optional)) {
                material.put(optional, keys.path(optional).asText());
            }
        }
        JsonNode registered = call(http, "PUT", "/api/v1/partner-keys/" + route.partner(), admin, material, 200);
        reviseConvention(
                http,
                route,
                route.channel(),
                route.endpoint(),
                registered.path("fingerprint").asText(),
                300,
                365);
    }

    /** Puts the route's convention back on Passerelle's inbox with the seeded delays. */
    void disconnect(HttpConnection http, Route route) throws IOException {
        reviseConvention(http, route, "INBOX", null, null, 10, 30);
    }

    private void reviseConvention(
            HttpConnection http,
            Route route,
            String channel,
            String endpoint,
            String fingerprint,
            int reminderDays,
            int expiryDays)
            throws IOException {
        JsonNode convention = null;
        for (JsonNode c : call(http, "GET", "/api/v1/conventions?partner=" + route.partner(), admin, null, 200)) {
            if (c.path("cadre").asText().equals(route.cadre())
                    && c.path("purpose").asText().equals(route.purpose())
                    && c.path("active").asBoolean()) {
                convention = c;
            }
        }
        if (convention == null) {
            throw new IllegalStateException(
                    "no active convention " + route.partner() + " " + route.cadre() + " " + route.purpose());
        }
        String id = convention.path("id").asText();
        Map<String, Object> terms = new HashMap<>();
        List<String> fields = new ArrayList<>();
        convention.path("allowedFields").forEach(f -> fields.add(f.asText()));
        terms.put("allowedFields", fields);
        terms.put("channel", channel);
        terms.put("endpoint", endpoint);
        terms.put("partnerKeyRef", fingerprint);
        terms.put("reminderDays", reminderDays);
        terms.put("expiryDays", expiryDays);
        List<Map<String, String>> reasonList = new ArrayList<>();
        convention
                .path("rejectionReasons")
                .forEach(r -> reasonList.add(Map.of(
                        "code",
                        r.path("code").asText(),
                        "label",
                        r.path("label").asText())));
        terms.put("rejectionReasons", reasonList);
        // The convention's version is its ETag (a strong tag of the version number).
        JsonNode current = call(http, "GET", "/api/v1/conventions/" + id, admin, null, 200);
        call(
                http,
                "PUT",
                "/api/v1/conventions/" + id,
                admin,
                terms,
                200,
                "If-Match: \"" + current.path("version").asText() + "\"");
    }

    /**
     * A fictitious usager of {@value StackData#ORGANISATION} (no NIR) with an open dossier whose référent
     * is the agent, told that the given categories may go to the given partners; returns the dossier's id.
     */
    UUID usager(HttpConnection http, int n, List<String> partners, List<String> categories) throws IOException {
        Map<String, Object> person = Map.of(
                "lastName",
                "Delaunay-Banc" + n,
                "firstNames",
                "Camille",
                "birthDate",
                "1981-05-" + (10 + n % 18),
                "address",
                n + " rue du Port, 49400 Saumur",
                "phone",
                "06 00 00 00 " + (10 + n % 89),
                "email",
                "camille.banc" + n + "@example.fr",
                "preferredLanguage",
                "fr",
                "contactChannel",
                "telephone");
        String personId = call(http, "POST", "/api/v1/persons", agent, person, 201)
                .path("id")
                .asText();
        Map<String, Object> dossier = Map.of(
                "personId",
                personId,
                "team",
                List.of(),
                "resources",
                "RSA socle et APL",
                "household",
                "Personne isolée, sans enfant");
        UUID caseId = UUID.fromString(call(http, "POST", "/api/v1/cases", agent, dossier, 201)
                .path("id")
                .asText());
        call(
                http,
                "POST",
                "/api/v1/prior-notices",
                agent,
                Map.of("personId", personId, "categories", categories, "recipients", partners, "means", "IN_PERSON"),
                201);
        return caseId;
    }

    /** Drafts an orientation of the route on the dossier; returns its id. */
    UUID draft(HttpConnection http, Route route, UUID caseFileId) throws IOException {
        Map<String, Object> body = Map.of(
                "caseFileId",
                caseFileId.toString(),
                "partner",
                route.partner(),
                "cadre",
                route.cadre(),
                "purpose",
                route.purpose(),
                "urgency",
                "NORMAL",
                "fields",
                route.pick(),
                "reason",
                "Ouverture de droits : demande de RSA et d'aide au logement (banc d'essai n° "
                        + reasons.incrementAndGet() + ")");
        return UUID.fromString(call(http, "POST", "/api/v1/referrals", agent, body, 201)
                .path("id")
                .asText());
    }

    /** Sends a drafted orientation: the outbox row commits with it, and delivery starts after the commit. */
    Sent send(HttpConnection http, UUID referralId) throws IOException {
        byte[] request = request("POST", "/api/v1/referrals/" + referralId + "/send", agent.current(), null);
        long start = System.nanoTime();
        HttpConnection.Response response = http.exchange(request);
        long end = System.nanoTime();
        Instant answered = Instant.now();
        if (response.status() != 200) {
            throw new IllegalStateException("POST /api/v1/referrals/" + referralId + "/send answered HTTP "
                    + response.status() + ": " + abbreviated(response.text()));
        }
        return new Sent(referralId, start, end, answered);
    }

    private JsonNode call(
            HttpConnection http, String method, String path, Tokens who, Object body, int expected, String... headers)
            throws IOException {
        HttpConnection.Response response = http.exchange(
                request(method, path, who.current(), body == null ? null : JSON.writeValueAsBytes(body), headers));
        if (response.status() != expected) {
            throw new IllegalStateException(method + " " + path + " as " + who.username() + " answered HTTP "
                    + response.status() + " (expected " + expected + "): " + abbreviated(response.text()));
        }
        try {
            return response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + abbreviated(response.text()), e);
        }
    }

    /** An HTTP/1.1 request's bytes with a bearer token and, if any, a JSON body. */
    private byte[] request(String method, String path, String token, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(1536)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\nAccept: application/json\r\nAuthorization: Bearer ")
                .append(token)
                .append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private static String abbreviated(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
