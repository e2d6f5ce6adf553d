package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 6 (S17): the production realm in the suite's own Keycloak. Imported under another
 * name beside the demo realm (its placeholders filled as Keycloak's import would, TLS required for
 * external addresses only since the suite's Keycloak speaks HTTP on localhost), a user with a
 * good password does not get past the login page with it alone: Keycloak asks them to set up a
 * second factor first. The same journey in the demo realm ends signed in, as before.
 */
@ExtendWith(StackExtension.class)
class ProductionRealmIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");
    private static final String PASSWORD = "Passerelle-2026-production";

    @Test
    void aPasswordAloneDoesNotSignInToTheProductionRealm() throws IOException {
        String name = "passerelle-production-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode realm = (ObjectNode) Http.JSON.readTree(
                filled(Files.readString(Path.of(System.getProperty("passerelle.it.production-realm")))));
        realm.put("realm", name);
        // The suite's Keycloak speaks plain HTTP on localhost: "all" would answer "HTTPS required"
        // before any login (ProductionRealmFileTest holds the file to "all").
        realm.put("sslRequired", "external");
        URI realms = URI.create(Stack.PORTS.keycloakUrl() + "/admin/realms");
        HttpResponse<String> imported = Http.postJson(realms, Keycloak.adminToken(), realm);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        try {
            HttpResponse<String> user = Http.postJson(
                    URI.create(realms + "/" + name + "/users"),
                    Keycloak.adminToken(),
                    Map.of(
                            "username",
                            "agent.production",
                            "email",
                            "agent.production@passerelle.example",
                            "firstName",
                            "Agent",
                            "lastName",
                            "Production",
                            "enabled",
                            true,
                            "emailVerified",
                            true,
                            "credentials",
                            List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
            assertThat(user.statusCode()).as(user.body()).isEqualTo(201);

            try (Browser browser = new Browser()) {
                Page production = signInToTheAccountConsole(browser, name, "agent.production", PASSWORD);
                assertThat(production.url())
                        .as("after the password: the second factor's set-up, not the account")
                        .contains("/login-actions/required-action")
                        .contains("CONFIGURE_TOTP");
                assertThat(production.locator("#totp").count()).isEqualTo(1);

                Page demo = signInToTheAccountConsole(browser, Stack.REALM, "agent.saumur", Keycloak.DEMO_PASSWORD);
                assertThat(demo.url())
                        .as("the demo realm is unchanged: the password signs in")
                        .contains("/realms/" + Stack.REALM + "/account")
                        .doesNotContain("required-action");
            }
        } finally {
            Http.send("DELETE", URI.create(realms + "/" + name), Keycloak.adminToken(), null);
        }
    }

    private static Page signInToTheAccountConsole(Browser browser, String realm, String username, String password) {
        Page page = browser.blank();
        page.navigate(Stack.PORTS.keycloakUrl() + "/realms/" + realm + "/account/");
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    /** The realm file as Keycloak's import reads it: each placeholder its default, or a fresh secret. */
    private static String filled(String json) {
        Matcher m = PLACEHOLDER.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : UUID.randomUUID().toString();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
