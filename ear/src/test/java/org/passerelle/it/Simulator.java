package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner simulator's control API (modules/partner-simulator): its keys, its ledger of what
 * arrived, and how each partner system answers. It is a separate process with its own code.
 */
final class Simulator {

    static final String ADMIN = "admin.passerelle";

    private Simulator() {}

    static JsonNode keys(String partner) {
        HttpResponse<String> keys = Http.get(Stack.SIMULATOR.resolve("/keys/" + partner), null);
        assertThat(keys.statusCode()).as(keys.body()).isEqualTo(200);
        return Http.json(keys);
    }

    static void behave(String partner, Map<String, Object> behaviour) {
        HttpResponse<String> set = Http.send("PUT", Stack.SIMULATOR.resolve("/behaviour/" + partner), null, behaviour);
        assertThat(set.statusCode()).as(set.body()).isBetween(200, 204);
    }

    /** What arrived at the partner systems, every arrival (duplicates marked). */
    static List<JsonNode> ledger() {
        HttpResponse<String> ledger = Http.get(Stack.SIMULATOR.resolve("/ledger"), null);
        assertThat(ledger.statusCode()).as(ledger.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        Http.json(ledger).forEach(entries::add);
        return entries;
    }

    static List<JsonNode> ledgerOf(String referralId) {
        return ledger().stream()
                .filter(e -> referralId.equals(e.path("referralId").asText()))
                .toList();
    }

    /**
     * Registers the simulator's keys for the partner and points this convention at its channel,
     * with delays long enough that nothing expires during a test ({@link #disconnect} puts back the
     * seeded 10 and 30 days).
     */
    static void connect(String partner, String cadre, String purpose, String channel, String endpoint) {
        JsonNode keys = keys(partner);
        Map<String, Object> material = new HashMap<>();
        material.put("openpgp", keys.path("openpgp").asText());
        if (keys.hasNonNull("tlsCertificate")) {
            material.put("tlsCertificate", keys.path("tlsCertificate").asText());
        }
        if (keys.hasNonNull("sshHostKey")) {
            material.put("sshHostKey", keys.path("sshHostKey").asText());
        }
        String admin = Keycloak.token(ADMIN);
        HttpResponse<String> registered = Http.send("PUT", Http.api("/partner-keys/" + partner), admin, material);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        String fingerprint = Http.json(registered).path("fingerprint").asText();
        reviseConvention(partner, cadre, purpose, channel, endpoint, fingerprint);
    }

    /** Puts a convention back on Passerelle's inbox, as the other tests expect it. */
    static void disconnect(String partner, String cadre, String purpose) {
        reviseConvention(partner, cadre, purpose, "INBOX", null, null, 10, 30);
    }

    static void reviseConvention(
            String partner, String cadre, String purpose, String channel, String endpoint, String fingerprint) {
        reviseConvention(partner, cadre, purpose, channel, endpoint, fingerprint, 300, 365);
    }

    static void reviseConvention(
            String partner,
            String cadre,
            String purpose,
            String channel,
            String endpoint,
            String fingerprint,
            int reminderDays,
            int expiryDays) {
        String admin = Keycloak.token(ADMIN);
        JsonNode convention = null;
        for (JsonNode c : Http.json(Http.get(Http.api("/conventions?partner=" + partner), admin))) {
            if (c.path("cadre").asText().equals(cadre)
                    && c.path("purpose").asText().equals(purpose)
                    && c.path("active").asBoolean()) {
                convention = c;
            }
        }
        assertThat(convention)
                .as("active convention %s %s %s", partner, cadre, purpose)
                .isNotNull();
        String id = convention.path("id").asText();
        HttpResponse<String> read = Http.get(Http.api("/conventions/" + id), admin);
        Map<String, Object> terms = new HashMap<>();
        List<String> fields = new ArrayList<>();
        convention.path("allowedFields").forEach(f -> fields.add(f.asText()));
        terms.put("allowedFields", fields);
        terms.put("channel", channel);
        terms.put("endpoint", endpoint);
        terms.put("partnerKeyRef", fingerprint);
        terms.put("reminderDays", reminderDays);
        terms.put("expiryDays", expiryDays);
        List<Map<String, String>> reasons = new ArrayList<>();
        convention
                .path("rejectionReasons")
                .forEach(r -> reasons.add(Map.of(
                        "code",
                        r.path("code").asText(),
                        "label",
                        r.path("label").asText())));
        terms.put("rejectionReasons", reasons);
        HttpResponse<String> updated = Http.send(
                "PUT",
                Http.api("/conventions/" + id),
                admin,
                terms,
                "If-Match",
                read.headers().firstValue("ETag").orElseThrow());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    }

    static URI https(String path) {
        return URI.create("https://localhost:" + Stack.SIMULATOR_HTTPS_PORT + path);
    }
}
