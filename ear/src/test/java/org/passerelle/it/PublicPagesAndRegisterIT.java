package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.secrecy.Field;

/**
 * Issue 21, items 7 and 8: the public pages (accessibility statement, information notice, legal
 * notices) answer without a token or a sign-in, pass axe-core and are linked from the footer of the
 * signed-in pages; the register of processing (GDPR art. 30) lists every active convention's
 * recipient and category, as JSON, CSV and PDF, for the auditor only, each production journaled.
 */
@ExtendWith(StackExtension.class)
class PublicPagesAndRegisterIT {

    private static final String ACCESSIBILITY = "/ui/accessibilite";
    private static final String NOTICE = "/ui/donnees-personnelles";
    private static final String LEGAL = "/ui/mentions-legales";
    private static final List<String> PUBLIC_PAGES = List.of(ACCESSIBILITY, NOTICE, LEGAL);
    private static final String DPO = "dpo.saumur";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Browser browser;

    @BeforeAll
    static void startTheBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePublicPagesAnswerWithoutATokenAndSayWhatTheyMust() {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<String> page = Http.send(HttpRequest.newBuilder(Stack.API.resolve(path))
                    .header("Accept-Language", "fr")
                    .GET());
            assertThat(page.statusCode())
                    .as("%s without a token (a 302 would be Keycloak's sign-in)", path)
                    .isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains(ACCESSIBILITY, NOTICE, LEGAL).doesNotContain("/ui/logout");
        }
        assertThat(body(ACCESSIBILITY))
                .contains("Déclaration d’accessibilité")
                .contains("partiellement conforme")
                .contains("Contenus non accessibles")
                .contains("Défenseur des droits");
        String notice = body(NOTICE);
        assertThat(notice)
                .contains("Vos données personnelles")
                .contains("droit d’accès", "droit de rectification", "droit à l’effacement")
                .contains("droit à la limitation", "droit d’opposition")
                .contains("délégué à la protection des données")
                .contains("CNIL");
        // The recipients are the active conventions' organisations and purposes.
        JsonNode register = Http.json(registerAs(DPO));
        assertThat(register.path("recipients")).isNotEmpty();
        for (JsonNode recipient : register.path("recipients")) {
            assertThat(notice)
                    .contains(
                            recipient.path("organisationName").asText(),
                            recipient.path("purpose").asText());
        }
        assertThat(body(LEGAL)).contains("Mentions légales").contains("Cookies");

        // Only those exact addresses are public: the views' own addresses stay behind the sign-in.
        HttpResponse<String> view = Http.send(HttpRequest.newBuilder(Stack.API.resolve("/ui/accessibilite.xhtml"))
                .GET());
        assertThat(view.statusCode()).as("the view's own address").isEqualTo(302);
        assertThat(Http.send(HttpRequest.newBuilder(Stack.API.resolve("/ui/audit/reports.xhtml"))
                                .GET())
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void inABrowserThePublicPagesPassAxeWithoutSigningInAndEveryPageLinksThemFromItsFooter() {
        Page dpo = browser.signIn(DPO, "/ui/");
        assertFooterLinks(dpo);
        browser.open(dpo, "/ui/audit/reports.xhtml");
        assertFooterLinks(dpo);
        browser.click(dpo, "footer a[href$='" + ACCESSIBILITY + "']");
        assertThat(dpo.url()).isEqualTo(Stack.API.resolve(ACCESSIBILITY).toString());
        assertThat(dpo.locator("h1").textContent()).contains("Déclaration d’accessibilité");

        BrowserContext anonymous = dpo.context()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setLocale("fr-FR")
                        .setViewportSize(1280, 900));
        try {
            Page page = anonymous.newPage();
            for (String path : PUBLIC_PAGES) {
                Response response = page.navigate(Stack.API.resolve(path).toString());
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(page.url())
                        .as("not sent to sign in")
                        .isEqualTo(Stack.API.resolve(path).toString());
                Browser.assertAccessible(page);
                assertFooterLinks(page);
                assertThat(page.locator("form.logout").count())
                        .as("no sign-out for a visitor")
                        .isZero();
                Browser.screenshot(page, "public" + path.replace('/', '-'));
            }
            page.click("footer a[href$='" + NOTICE + "']");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.url()).isEqualTo(Stack.API.resolve(NOTICE).toString());
            assertThat(page.locator("table#recipients tbody tr").count()).isPositive();
        } finally {
            anonymous.close();
            dpo.context().close();
        }
    }

    @Test
    void theRegisterListsEveryActiveConventionsRecipientAndCategory() throws IOException {
        Set<String> expectedRecipients = new TreeSet<>();
        Set<String> expectedCategories = new TreeSet<>();
        JsonNode conventions = Http.json(Http.get(Http.api("/conventions"), Keycloak.token("admin.passerelle")));
        for (JsonNode convention : conventions) {
            if (!convention.path("active").asBoolean()) {
                continue;
            }
            String recipient = recipient(
                    convention.path("partner").asText(),
                    convention.path("cadre").asText(),
                    convention.path("purpose").asText());
            expectedRecipients.add(recipient);
            for (JsonNode key : convention.path("allowedFields")) {
                expectedCategories.add(recipient + " "
                        + Field.byKey(key.asText()).orElseThrow().category().name());
            }
        }
        assertThat(expectedRecipients).as("the demo has active conventions").isNotEmpty();

        HttpResponse<String> response = registerAs(DPO);
        JournalIT.Entry entry = JournalIT.onlyEntryOf(response, 200);
        assertThat(entry.action()).isEqualTo("EXPORT");
        assertThat(entry.outcome()).isEqualTo("ALLOW");
        assertThat(entry.reasonCode()).isEqualTo("processing-register");
        assertThat(entry.personId()).isNull();

        JsonNode register = Http.json(response);
        assertThat(register.path("controllerName").asText()).isEqualTo("CCAS de Saumur");
        assertThat(register.path("producedBy").asText()).isEqualTo(DPO);
        Set<String> recipients = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (JsonNode r : register.path("recipients")) {
            String recipient = recipient(
                    r.path("organisationCode").asText(),
                    r.path("cadre").asText(),
                    r.path("purpose").asText());
            recipients.add(recipient);
            r.path("categories").forEach(c -> categories.add(recipient + " " + c.asText()));
            assertThat(r.path("organisationName").asText())
                    .isNotBlank()
                    .isNotEqualTo(r.path("organisationCode").asText());
            names.add(r.path("organisationName").asText());
        }
        assertThat(recipients).isEqualTo(expectedRecipients);
        assertThat(categories).isEqualTo(expectedCategories);
        assertThat(register.path("retentions")).isNotEmpty();
        assertThat(register.path("securityMeasures")).isNotEmpty();

        HttpResponse<byte[]> csv = fetch("/register", Keycloak.token(DPO), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("rubrique,intitule,code,");
        assertThat(lines.stream().filter(l -> l.startsWith("destinataire,"))).hasSize(expectedRecipients.size());
        for (JsonNode r : register.path("recipients")) {
            assertThat(lines)
                    .anyMatch(l -> l.startsWith(
                            "destinataire," + csvCell(r.path("organisationName").asText()) + ","
                                    + r.path("organisationCode").asText() + ","
                                    + r.path("purpose").asText() + ","));
        }

        HttpResponse<byte[]> pdf = fetch("/register", Keycloak.token(DPO), "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Registre des activités de traitement", "CCAS de Saumur");
            names.forEach(name -> assertThat(text).contains(name));
        }
    }

    @Test
    void onlyTheAuditorGetsTheRegisterAndEveryRefusalIsJournaled() throws IOException {
        for (String who : List.of("agent.saumur", "accueil.saumur", "cpam.conseiller", "admin.passerelle")) {
            HttpResponse<String> refused = registerAs(who);
            Http.assertProblem(refused, 403);
            JournalIT.Entry entry = JournalIT.onlyEntryOf(refused, 403);
            assertThat(entry.outcome()).as(who).isEqualTo("FORBIDDEN");
        }
        String agent = Keycloak.token("agent.saumur");
        assertThat(fetch("/register", agent, "text/csv").statusCode()).isEqualTo(403);
        assertThat(fetch("/register", agent, "application/pdf").statusCode()).isEqualTo(403);
        assertThat(fetch("/register", null, "application/pdf").statusCode()).isEqualTo(401);
    }

    private static void assertFooterLinks(Page page) {
        for (String path : PUBLIC_PAGES) {
            assertThat(page.locator("footer a[href$='" + path + "']").count())
                    .as("%s: footer link to %s", page.url(), path)
                    .isEqualTo(1);
        }
        assertThat(page.locator("footer").textContent()).contains("Accessibilité : partiellement conforme");
    }

    private static String body(String path) {
        return Http.send(HttpRequest.newBuilder(Stack.API.resolve(path)).GET()).body();
    }

    private static HttpResponse<String> registerAs(String username) {
        return Http.get(Http.api("/register"), Keycloak.token(username));
    }

    private static String recipient(String partner, String cadre, String purpose) {
        return partner + " " + cadre + " " + purpose;
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static HttpResponse<byte[]> fetch(String path, String token, String accept) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Http.api(path).toString()))
                .timeout(Duration.ofSeconds(30))
                .setHeader("Accept", accept)
                .GET();
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
