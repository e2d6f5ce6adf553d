package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.testing.PasserelleClient;
import org.passerelle.testing.SimulatorClient;

/**
 * The partner simulator's control API (modules/partner-simulator) through the kit's clients: its
 * keys, its ledger of what arrived, and how each partner system answers. It is a separate process
 * with its own code.
 */
final class Simulator {

    static final String ADMIN = "admin.passerelle";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SimulatorClient SIMULATOR = new SimulatorClient(Stack.SIMULATOR);
    private static final PasserelleClient PASSERELLE = new PasserelleClient(Stack.API, Keycloak.TOKENS);

    private Simulator() {}

    static JsonNode keys(String partner) {
        return SIMULATOR.keys(partner);
    }

    static void behave(String partner, Map<String, Object> behaviour) {
        SIMULATOR.behave(partner, behaviour);
    }

    /** What arrived at the partner systems, every arrival (duplicates marked). */
    static List<JsonNode> ledger() {
        return SIMULATOR.ledger();
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
        assertThat(PASSERELLE.connectPartner(ADMIN, partner, keys(partner), cadre, purpose, channel, endpoint))
                .as("active convention %s %s %s", partner, cadre, purpose)
                .isTrue();
        reviseConvention(partner, cadre, purpose, Map.of("reminderDays", 300, "expiryDays", 365));
    }

    /** Puts a convention back on Passerelle's inbox, as the other tests expect it. */
    static void disconnect(String partner, String cadre, String purpose) {
        Map<String, Object> inbox = new HashMap<>(Map.of("channel", "INBOX", "reminderDays", 10, "expiryDays", 30));
        inbox.put("endpoint", null);
        inbox.put("partnerKeyRef", null);
        reviseConvention(partner, cadre, purpose, inbox);
    }

    /** Points the convention at a channel with a key reference, with the tests' long delays. */
    static void reviseConvention(
            String partner, String cadre, String purpose, String channel, String endpoint, String fingerprint) {
        Map<String, Object> terms = new HashMap<>(Map.of("channel", channel, "reminderDays", 300, "expiryDays", 365));
        terms.put("endpoint", endpoint);
        terms.put("partnerKeyRef", fingerprint);
        reviseConvention(partner, cadre, purpose, terms);
    }

    /** The terms given replace the active convention's own, the others are kept. */
    static void reviseConvention(String partner, String cadre, String purpose, Map<String, Object> changes) {
        ObjectNode terms = JSON.valueToTree(changes);
        assertThat(PASSERELLE.reviseConvention(ADMIN, partner, cadre, purpose, terms))
                .as("active convention %s %s %s", partner, cadre, purpose)
                .isTrue();
    }

    static URI https(String path) {
        return URI.create("https://localhost:" + Stack.SIMULATOR_HTTPS_PORT + path);
    }
}
