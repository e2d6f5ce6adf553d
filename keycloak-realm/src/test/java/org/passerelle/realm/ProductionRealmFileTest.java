package org.passerelle.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm beside the demo one (issue 15, item 6; S17): the same realm name, roles and
 * clients as the demo realm the application is tested with, so that nothing else changes; and what
 * production adds: a second factor set up at the first sign-in, a password policy, brute-force
 * protection, a short idle session, login events kept; no demo user, no client taking a password
 * directly. What a real Keycloak makes of it is in {@code ProductionRealmIT}.
 */
class ProductionRealmFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode production;
    private static JsonNode demo;

    @BeforeAll
    static void readRealms() throws IOException {
        production = JSON.readTree(Files.readString(
                Path.of(System.getProperty("production.realm.file", "src/main/production/passerelle-realm.json"))));
        demo = JSON.readTree(
                Files.readString(Path.of(System.getProperty("realm.file", "src/main/realm/passerelle-realm.json"))));
    }

    @Test
    void isTheRealmPasserelleWithTheDemosRolesAndClientsButNoDemoUserOrPasswordClient() {
        assertThat(production.path("realm").asText()).isEqualTo("passerelle");
        assertThat(production.path("attributes").path("passerelle.environment").asText())
                .isEqualTo("production");
        assertThat(production.path("roles")).isEqualTo(demo.path("roles"));
        assertThat(production.has("users")).as("no demo user").isFalse();
        List<JsonNode> demoClients = new ArrayList<>();
        demo.path("clients").forEach(c -> {
            if (!c.path("clientId").asText().equals("passerelle-cli")) {
                ObjectNode copy = c.deepCopy();
                copy.put("directAccessGrantsEnabled", false);
                demoClients.add(copy);
            }
        });
        assertThat(production.path("clients"))
                .as("the demo's clients but passerelle-cli, none taking a password directly")
                .containsExactlyElementsOf(demoClients);
    }

    @Test
    void aSecondFactorIsSetUpAtTheFirstSignInWebAuthnAllowed() {
        assertThat(action("CONFIGURE_TOTP").path("enabled").asBoolean()).isTrue();
        assertThat(action("CONFIGURE_TOTP").path("defaultAction").asBoolean())
                .as("every new user sets up OTP before their first sign-in completes")
                .isTrue();
        assertThat(action("webauthn-register").path("enabled").asBoolean()).isTrue();
        assertThat(production.path("otpPolicyType").asText()).isEqualTo("totp");
        assertThat(demo.path("requiredActions").findValues("defaultAction"))
                .as("the demo realm is unchanged: no factor imposed there")
                .allSatisfy(d -> assertThat(d.asBoolean()).isFalse());
    }

    @Test
    void passwordsLockoutsSessionsAndEventsAreThoseOfProduction() {
        assertThat(production.path("passwordPolicy").asText())
                .contains("length(12)", "passwordHistory(5)", "notUsername");
        assertThat(production.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(production.path("failureFactor").asInt()).isBetween(1, 5);
        assertThat(production.path("ssoSessionIdleTimeout").asInt()).isBetween(60, 900);
        assertThat(production.path("sslRequired").asText()).isEqualTo("all");
        assertThat(production.path("eventsEnabled").asBoolean()).isTrue();
        assertThat(production.path("adminEventsEnabled").asBoolean()).isTrue();
        assertThat(production.path("adminEventsDetailsEnabled").asBoolean())
                .as("an admin event's details may hold a secret")
                .isFalse();
    }

    private static JsonNode action(String alias) {
        for (JsonNode action : production.path("requiredActions")) {
            if (action.path("alias").asText().equals(alias)) {
                return action;
            }
        }
        throw new AssertionError("no required action " + alias);
    }
}
