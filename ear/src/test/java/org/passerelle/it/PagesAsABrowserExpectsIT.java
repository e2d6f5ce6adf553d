package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 8, in a browser: the pages' answers carry the headers a browser needs (no frame,
 * no sniffing, no referrer, no copy kept, no inline script allowed, and the pages need none), the
 * session cookie is HttpOnly and SameSite, a page's actions are journaled and kept in the history
 * under the person signed in with the request's id and address, and signing out ends the Keycloak
 * session too.
 */
@ExtendWith(StackExtension.class)
class PagesAsABrowserExpectsIT {

    private static final String AGENT = "agent.saumur";

    private static Browser browser;

    @BeforeAll
    static void startTheBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeTheBrowser() {
        browser.close();
    }

    @Test
    void pagesCarryTheHeadersAndNeedNoInlineScriptAndTheirActionsNameThePerson() throws SQLException {
        String nir = TestData.nir();
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Csp"), nir))
                .path("id")
                .asText();
        TestData.openCase(AGENT, personId, List.of(), new HashMap<>());

        Page agent = browser.signIn(AGENT, "/ui/");
        List<String> violations = new CopyOnWriteArrayList<>();
        agent.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });

        Cookie session = agent.context().cookies(Stack.API.toString()).stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(session.httpOnly).as("HttpOnly").isTrue();
        assertThat(session.sameSite).as("SameSite").isEqualTo(SameSiteAttribute.LAX);

        Response page = agent.navigate(
                Stack.API.resolve("/ui/dossiers/person.xhtml?id=" + personId).toString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers())
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("cache-control", "no-store");
        String policy = page.headers().get("content-security-policy");
        assertThat(policy)
                .contains("frame-ancestors 'none'", "default-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(policy).doesNotContain("unsafe-eval");
        assertThat(page.headers().get("x-request-id")).isNotBlank();

        // A page's action: the rectified address, in the history under the agent and the request.
        String address = "7 rue du Portail Louis, 49400 Saumur " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(address);
        agent.fill("[id='rectify'] input[data-field='person.address']", address);
        browser.click(agent, "[id='rectify:save']");
        assertThat(Browser.messages(agent)).contains("L'identité et le contact sont rectifiés.");
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select r.username, r.organisation_code, r.request_id"
                        + " from person_aud a join revision r on r.id = a.rev where a.id = ?::uuid"
                        + " order by r.id desc limit 1")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1))
                        .as("the history names the agent, not system:unknown")
                        .isEqualTo(AGENT);
                assertThat(rs.getString(2)).isEqualTo("ccas-saumur");
                assertThat(rs.getString(3)).as("and the page's request").isNotBlank();
            }
        }

        // A page's read: the NIR revealed for a reason, journaled under the agent, the request and its address.
        agent.selectOption("[id='nir:nirReason']", "IDENTIFICATION");
        browser.click(agent, "[id='nir:revealNir']");
        assertThat(agent.locator("dl.facts").textContent()).contains(nir);
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select username, organisation_code, request_id,"
                        + " client_address from journal_entry where action = 'NIR_REVEAL' and person_id = ?::uuid")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the reveal is journaled").isTrue();
                assertThat(rs.getString(1)).isEqualTo(AGENT);
                assertThat(rs.getString(2)).isEqualTo("ccas-saumur");
                assertThat(rs.getString(3)).as("the page's request id").isNotBlank();
                assertThat(rs.getString(4)).as("the browser's address").isNotBlank();
            }
        }

        browser.open(agent, "/ui/");
        agent.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(violations)
                .as("nothing the policy refused: the pages need no inline script")
                .isEmpty();
    }

    @Test
    void anApiAnswerCarriesTheHeadersToo() {
        var me = Http.get(Http.api("/me"), Keycloak.token(AGENT));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'");
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(me.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void afterSigningOutOpeningThePagesAsksForThePasswordAgain() {
        Page agent = browser.signIn(AGENT, "/ui/");
        agent.waitForNavigation(() -> agent.click("form.logout button"));
        agent.waitForLoadState(LoadState.NETWORKIDLE);
        agent.waitForSelector("#username");
        assertThat(agent.locator("text=Terminer la déconnexion").count())
                .as("no confirmation page on the way")
                .isZero();

        agent.navigate(Stack.API.resolve("/ui/").toString());
        agent.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(agent.locator("#password").count())
                .as("asked for the password again")
                .isEqualTo(1);
        assertThat(agent.url()).doesNotContain("id_token_hint");
    }
}
