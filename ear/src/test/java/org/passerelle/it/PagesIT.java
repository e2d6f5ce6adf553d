package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages (issue 7) in a real browser on the real stack: Debian's Chromium driven by Playwright,
 * signing in through Keycloak's login page, axe-core run on every page visited (0 serious or
 * critical violations), screenshots of the main pages (into docs/screenshots with {@code ./passerelle docs}).
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on fast delivery retries (a dead letter within seconds)")
class PagesIT {

    private static final String AGENT = "agent.saumur";
    private static final String CPAM = "cpam.conseiller";
    private static final String CAF = "caf.instructeur";
    /** A ccas-agent of ccas-saumur on no dossier by default (DESIGN §5). */
    private static final String COLLEAGUE = "collegue.saumur";

    private static final String DPO = "dpo.saumur";
    private static final String ADMIN = "admin.passerelle";
    /** What the agent shares with the CPAM out of the eleven fields its convention allows. */
    private static final List<String> PICK =
            List.of("person.lastName", "person.firstNames", "person.phone", "case.healthNotes");

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
    void anOrientationToTheCpamFromRegistrationToOutcomeThenInTheJournalAndTheAccessReport() throws IOException {
        String lastName = TestData.unique("Garnier");
        String phone = "06" + (10000000 + (int) (Math.random() * 89999999));
        String health = "Suivi diabète " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(health);

        // The agent registers the usager (the dossier opens with them as référent) and notes the situation.
        Page agent = browser.signIn(AGENT, "/ui/");
        Browser.screenshot(agent, "accueil-agent");
        browser.open(agent, "/ui/dossiers/register.xhtml");
        agent.fill("[id='register:lastName']", lastName);
        agent.fill("[id='register:firstNames']", "Lucie");
        agent.fill("[id='register:birthDate']", "1979-03-14");
        agent.fill("[id='register:phone']", phone);
        agent.fill("[id='register:address']", "12 rue des Lilas, 49400 Saumur");
        Browser.screenshot(agent, "nouvel-usager");
        browser.click(agent, "[id='register:save']");
        assertThat(agent.title())
                .as("no personal data in titles")
                .isEqualTo("Dossier – Passerelle")
                .doesNotContain(lastName);
        assertThat(agent.url()).doesNotContain(lastName).contains("/ui/dossiers/dossier.xhtml?id=");
        String dossierUrl = agent.url();
        agent.fill("[id='situation:healthNotes']", health);
        browser.click(agent, "[id='situation:save']");
        assertThat(Browser.messages(agent)).contains("La situation est enregistrée.");
        assertThat(agent.locator(".secrecy").textContent()).contains("226-13");

        // The prior notice and the consent the health cadre needs (S4).
        browser.click(agent, "text=Page de l'usager");
        String personId = URI.create(agent.url()).getQuery().replace("id=", "");
        agent.locator("[id='notice:recipients'] label", new Page.LocatorOptions().setHasText("CPAM de Maine-et-Loire"))
                .click();
        for (String category : List.of("Identité", "Contact", "Santé")) {
            agent.locator("[id='notice:categories'] label", new Page.LocatorOptions().setHasText(category))
                    .first()
                    .click();
        }
        browser.click(agent, "[id='notice:record']");
        assertThat(Browser.messages(agent)).contains("L'information préalable est enregistrée.");
        agent.selectOption("[id='consent:ground']", "cpam-49|acces-aux-soins");
        for (String category : List.of("Identité", "Contact", "Santé")) {
            agent.locator("[id='consent:categories'] label", new Page.LocatorOptions().setHasText(category))
                    .first()
                    .click();
        }
        agent.fill("[id='consent:evidence']", "FORM-2026-117");
        browser.click(agent, "[id='consent:record']");
        assertThat(Browser.messages(agent)).contains("Le consentement est enregistré.");
        assertThat(agent.locator("#consent-list tbody tr").count()).isEqualTo(1);
        Browser.screenshot(agent, "usager-consentements");

        // The orientation: the picker offers only the convention's fields; four of them are picked.
        browser.open(agent, dossierUrl);
        browser.click(agent, "text=Nouvelle orientation");
        String convention = agent.locator(
                        "[id='orientation:convention'] option",
                        new Page.LocatorOptions().setHasText("CPAM de Maine-et-Loire – Accès aux soins"))
                .getAttribute("value");
        agent.selectOption("[id='orientation:convention']", convention);
        browser.click(agent, "[id='orientation:choose']");
        List<String> offered = agent.locator("[id='orientation:fields'] input[type=checkbox]").all().stream()
                .map(box -> box.getAttribute("value"))
                .toList();
        assertThat(offered)
                .as("the convention's allowed fields, nothing else")
                .containsExactlyInAnyOrder(
                        "person.lastName",
                        "person.firstNames",
                        "person.birthName",
                        "person.birthDate",
                        "person.nir",
                        "person.address",
                        "person.phone",
                        "person.email",
                        "person.preferredLanguage",
                        "person.contactChannel",
                        "case.healthNotes");
        for (String field : PICK) {
            agent.check("[id='orientation:fields'] input[value='" + field + "']");
        }
        agent.fill("[id='orientation:reason']", "Ouverture de la complémentaire santé solidaire");
        Browser.screenshot(agent, "nouvelle-orientation");
        browser.click(agent, "[id='orientation:prepare']");
        assertThat(agent.locator("#partner-view dt").all().stream()
                        .map(dt -> dt.getAttribute("data-field"))
                        .toList())
                .as(() -> "what the partner will see, side by side with the pick; messages: " + Browser.messages(agent))
                .containsExactlyInAnyOrderElementsOf(PICK);
        assertThat(agent.locator("#partner-view").textContent())
                .contains(lastName, phone, health)
                .doesNotContain("Saumur", "1979");
        Browser.screenshot(agent, "orientation-apercu");
        browser.click(agent, "[id='draft:send']");
        assertThat(agent.locator("#status").getAttribute("data-status")).isEqualTo("SENT");
        String referralId = URI.create(agent.url()).getQuery().replace("id=", "");

        // The CPAM caseworker follows the e-mail's link (signing in on the way), then finds it in the
        // inbox: the triage view holds no personal value; accepting shows exactly the pick.
        Page cpam = browser.signIn(CPAM, "/ui/link/inbox/" + referralId);
        assertThat(cpam.url()).endsWith("/ui/inbox/referral.xhtml?id=" + referralId);
        browser.open(cpam, "/ui/inbox/list.xhtml");
        assertThat(cpam.locator("#inbox tr[data-referral-id='" + referralId + "']")
                        .count())
                .isEqualTo(1);
        Browser.screenshot(cpam, "partenaire-boite");
        browser.click(cpam, "#inbox tr[data-referral-id='" + referralId + "'] a");
        String triage = cpam.locator("main").textContent();
        assertThat(triage)
                .contains("Accès aux soins", "CCAS de Saumur")
                .doesNotContain(lastName, phone, health, "Lucie");
        assertThat(cpam.locator("#shared").count()).isZero();
        Browser.screenshot(cpam, "partenaire-tri");
        browser.click(cpam, "[id='act:accept']");
        assertThat(cpam.locator("#status").getAttribute("data-status")).isEqualTo("ACCEPTED");
        assertThat(cpam.locator("#shared dt").all().stream()
                        .map(dt -> dt.getAttribute("data-field"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(PICK);
        assertThat(cpam.locator("#shared").textContent())
                .contains(lastName, "Lucie", phone, health)
                .doesNotContain("Lilas", "1979");
        Browser.screenshot(cpam, "partenaire-partage");
        cpam.selectOption("[id='act:outcome']", "DROITS_OUVERTS");
        cpam.fill("[id='act:message']", "Complémentaire santé ouverte");
        browser.click(cpam, "[id='act:complete']");
        assertThat(Browser.messages(cpam)).contains("L'orientation est terminée ; le CCAS voit le résultat.");

        // The agent sees the outcome, in the list (narrowed to the CPAM's ended ones, as on a busy
        // list: overdue orientations come first) and on the orientation.
        browser.open(agent, "/ui/referrals/mine.xhtml");
        agent.selectOption("#status", "COMPLETED");
        agent.selectOption("#partner", "cpam-49");
        browser.click(agent, "#apply");
        assertThat(agent.locator("#referrals tr[data-referral-id='" + referralId + "']")
                        .textContent())
                .contains("Terminée", "Droits ouverts");
        Browser.screenshot(agent, "mes-orientations");
        browser.open(agent, "/ui/referrals/referral.xhtml?id=" + referralId);
        assertThat(agent.locator("#status").getAttribute("data-status")).isEqualTo("COMPLETED");
        assertThat(agent.locator("#outcome").textContent()).isEqualTo("Droits ouverts");
        assertThat(agent.locator("#timeline").textContent()).contains("Complémentaire santé ouverte");

        // The DPO finds these accesses in the journal and downloads the usager's access report.
        Page dpo = browser.signIn(DPO, "/ui/audit/journal.xhtml");
        dpo.fill("[id='journal:person']", personId);
        browser.click(dpo, "[id='journal:search']");
        List<String> actions = dpo.locator("#journal-results tbody tr").all().stream()
                .peek(row -> assertThat(row.getAttribute("data-person")).isEqualTo(personId))
                .map(row -> row.getAttribute("data-action"))
                .toList();
        assertThat(actions).contains("CREATE", "READ", "CONSENT_CHANGE", "SHARE");
        assertThat(dpo.locator("#journal-results").textContent())
                .contains(CPAM, AGENT)
                .doesNotContain(lastName, phone, health);
        Browser.screenshot(dpo, "journal-des-acces");
        browser.open(dpo, "/ui/audit/reports.xhtml");
        dpo.fill("[id='report:person']", personId);
        Download pdf = dpo.waitForDownload(() -> dpo.click("[id='report:pdf']"));
        assertThat(pdf.suggestedFilename()).isEqualTo("releve-acces.pdf");
        byte[] report = Files.readAllBytes(pdf.path());
        assertThat(new String(report, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Browser.assertAccessible(dpo);
        Browser.screenshot(dpo, "releve-acces");
    }

    @Test
    void theDpoFindsAnUsagerRestrictsTheirDossierWhichTheAgentIsToldPlainlyThenLiftsIt() {
        String lastName = TestData.unique("Limite");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(AGENT, personId, List.of(), Map.of("housing", "Hébergé chez un tiers"))
                .path("id")
                .asText();
        String row = "tr[data-dossier='" + caseId + "']";

        // The DPO finds the usager by name and birth date: ids only on the page, nothing typed kept.
        Page dpo = browser.signIn(DPO, "/ui/audit/restrictions.xhtml");
        dpo.fill("[id='find:lastName']", lastName);
        dpo.fill("[id='find:firstNames']", "Élodie Marie");
        dpo.fill("[id='find:birthDate']", "1984-03-12");
        browser.click(dpo, "[id='find:search']");
        assertThat(dpo.locator("article[data-person='" + personId + "']").count())
                .isEqualTo(1);
        assertThat(dpo.content()).doesNotContain(lastName);
        assertThat(dpo.locator(row).getAttribute("data-restricted")).isEqualTo("false");
        dpo.fill(row + " textarea", "Demande de limitation du jour, exactitude contestée");
        browser.click(dpo, row + " input[type=submit]");
        assertThat(Browser.messages(dpo))
                .contains("Le dossier est limité : seul le délégué à la protection des données peut le consulter.");
        assertThat(dpo.locator(row).getAttribute("data-restricted")).isEqualTo("true");
        Browser.screenshot(dpo, "limitation");

        // The agent's dossier page says so plainly, with 423, rather than an error page.
        Page agent = browser.signIn(AGENT, "/ui/");
        var refused = agent.navigate(
                Stack.API.resolve("/ui/dossiers/dossier.xhtml?id=" + caseId).toString());
        assertThat(refused.status()).isEqualTo(423);
        assertThat(Browser.messages(agent))
                .contains("Ce dossier est limité (RGPD art. 18) : seul le délégué à la"
                        + " protection des données peut le consulter.");
        assertThat(agent.content()).doesNotContain("Hébergé chez un tiers");
        Browser.assertAccessible(agent);

        browser.click(dpo, row + " input[type=submit]");
        assertThat(Browser.messages(dpo))
                .contains(
                        "La limitation est levée : le dossier est de nouveau consultable et les envois en attente partent.");
        assertThat(dpo.locator(row).getAttribute("data-restricted")).isEqualTo("false");
        assertThat(agent.navigate(Stack.API
                                .resolve("/ui/dossiers/dossier.xhtml?id=" + caseId)
                                .toString())
                        .status())
                .isEqualTo(200);

        // The usager's journal, one click away: the restriction and its lift are there.
        browser.click(dpo, "article[data-person='" + personId + "'] [id$='journal:open']");
        List<String> actions = dpo.locator("#journal-results tbody tr").all().stream()
                .peek(r -> assertThat(r.getAttribute("data-person")).isEqualTo(personId))
                .map(r -> r.getAttribute("data-action"))
                .toList();
        assertThat(actions).contains("RESTRICT", "LIFT_RESTRICTION", "CREATE");
    }

    @Test
    void theReferentSeesTheNirInFullOnlyForAReason() throws SQLException {
        String nir = TestData.nir();
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Nir"), nir))
                .path("id")
                .asText();
        TestData.openCase(AGENT, personId, List.of(), new HashMap<>());

        Page agent = browser.signIn(AGENT, "/ui/");
        Response page = agent.navigate(
                Stack.API.resolve("/ui/dossiers/person.xhtml?id=" + personId).toString());
        assertThat(page.headers())
                .as("a page holding personal data: no frame, no cache")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("cache-control", "no-store");
        assertThat(page.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        Browser.assertAccessible(agent);
        String masked = agent.locator("dl.facts").textContent();
        assertThat(masked).as("masked on the page (S8)").doesNotContain(nir).contains(nir.substring(13));
        agent.selectOption("[id='nir:nirReason']", "IDENTIFICATION");
        browser.click(agent, "[id='nir:revealNir']");

        assertThat(agent.locator("dl.facts").textContent()).contains(nir);
        assertThat(agent.url()).doesNotContain(nir);
        assertThat(agent.locator("[id='nir:revealNir']").count())
                .as("shown once, no second reveal")
                .isZero();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select reason_code, request_id"
                        + " from journal_entry where action = 'NIR_REVEAL' and person_id = ?::uuid")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the reveal is journaled").isTrue();
                assertThat(rs.getString(1)).isEqualTo("nir-reveal-identification");
                assertThat(rs.getString(2))
                        .as("a page's request has its id too")
                        .isNotBlank();
            }
        }
    }

    @Test
    void signingOutEndsTheKeycloakSessionTooWithoutAConfirmationPage() {
        Page agent = browser.signIn(AGENT, "/ui/");
        agent.waitForNavigation(() -> agent.click("form.logout button"));
        agent.waitForLoadState(LoadState.NETWORKIDLE);
        agent.waitForSelector("#username");

        // A shared reception PC: the next person opening Passerelle must sign in, not find the agent.
        agent.navigate(Stack.API.resolve("/ui/").toString());
        agent.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(agent.locator("#password").count())
                .as("asked for the password again")
                .isEqualTo(1);
        assertThat(agent.url()).as("no token in an address").doesNotContain("id_token_hint");
    }

    @Test
    void theAdministratorResendsADeadLetteredOrientation() {
        // An orientation to the CAF whose address was mistyped: refused for good (404), dead at once.
        String purpose = "aide-logement";
        Simulator.behave("caf-49", Map.of("replies", List.of()));
        Simulator.connect(
                "caf-49",
                "SOCIAL_ACTION",
                purpose,
                "HTTPS",
                Simulator.https("/caf/nowhere").toString());
        try {
            String referralId = deadOrientationToTheCaf(purpose);
            // The address corrected, the administrator resends from the page.
            Simulator.connect(
                    "caf-49",
                    "SOCIAL_ACTION",
                    purpose,
                    "HTTPS",
                    Simulator.https("/caf/orientations").toString());
            Page admin = browser.signIn(ADMIN, "/ui/admin/deliveries.xhtml");
            Locator row = admin.locator("#deliveries tr[data-referral-id='" + referralId + "']");
            assertThat(row.count()).isEqualTo(1);
            assertThat(row.textContent()).contains("http-404");
            Browser.screenshot(admin, "envois-en-echec");
            browser.click(admin, "#deliveries tr[data-referral-id='" + referralId + "'] input[type=submit]");
            assertThat(Browser.messages(admin)).isNotEmpty();
            assertThat(admin.locator("#deliveries tr[data-referral-id='" + referralId + "']")
                            .count())
                    .as("no longer among the dead letters")
                    .isZero();
            await("the resent orientation at the CAF")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !Simulator.ledgerOf(referralId).isEmpty());
            browser.open(admin, "/ui/admin/organisations.xhtml");
            assertThat(admin.locator("#organisations tr[data-organisation]").all().stream()
                            .map(tr -> tr.getAttribute("data-organisation"))
                            .toList())
                    .contains("ccas-saumur", "ccas-vitre", "caf-49", "cpam-49", "dept-49");
            browser.open(admin, "/ui/admin/conventions.xhtml");
            Browser.screenshot(admin, "conventions-canaux");
            browser.open(admin, "/ui/admin/keys.xhtml");
        } finally {
            Simulator.disconnect("caf-49", "SOCIAL_ACTION", purpose);
            Simulator.behave("caf-49", Map.of("replies", List.of("ACKNOWLEDGE")));
        }
    }

    @Test
    void anAgentAssignsAColleagueRectifiesTheAddressAndClosesTheDossierThenThePartnersReadsFail() {
        // An orientation to the CAF, accepted: the CAF reads it (API), as long as the dossier is open.
        String lastName = TestData.unique("Rectifie");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        AGENT, personId, List.of(), new HashMap<>(Map.of("housing", "Logement humide")))
                .path("id")
                .asText();
        TestData.recordPriorNotice(AGENT, personId, "caf-49", List.of("IDENTITY", "HOUSING"));
        String referralId = TestData.sent(
                AGENT,
                TestData.draftBody(
                        caseId,
                        "caf-49",
                        "SOCIAL_ACTION",
                        "acces-aux-droits",
                        List.of("person.lastName", "case.housing")));
        HttpResponse<String> accepted = Http.send(
                "POST", Http.api("/partner/referrals/" + referralId + "/accept"), Keycloak.token(CAF), Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Http.get(Http.api("/partner/referrals/" + referralId), Keycloak.token(CAF))
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE))
                        .statusCode())
                .as("a colleague on no team of the dossier")
                .isEqualTo(403);

        // The agent adds the colleague to the team from the dossier's page.
        Page agent = browser.signIn(AGENT, "/ui/");
        browser.open(agent, "/ui/dossiers/dossier.xhtml?id=" + caseId);
        assertThat(agent.inputValue("[id='team:referent']")).isEqualTo(AGENT);
        agent.fill("[id='team:members']", COLLEAGUE);
        browser.click(agent, "[id='team:assign']");
        assertThat(Browser.messages(agent)).contains("Le référent et l'équipe sont enregistrés.");
        assertThat(agent.locator("dl.facts").textContent()).contains(COLLEAGUE);
        assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE))
                        .statusCode())
                .as("the colleague now follows the dossier")
                .isEqualTo(200);
        Browser.screenshot(agent, "dossier-equipe");

        // A stale version (the colleague changed the dossier meanwhile) is told plainly, not an error page.
        HttpResponse<String> theirs = Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE));
        HttpResponse<String> changed = Http.send(
                "PUT",
                Http.api("/cases/" + caseId),
                Keycloak.token(COLLEAGUE),
                Map.of("resources", "RSA socle " + TestData.unique("")),
                "If-Match",
                theirs.headers().firstValue("ETag").orElseThrow());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        agent.fill("[id='team:members']", COLLEAGUE + ", " + AGENT);
        browser.click(agent, "[id='team:assign']");
        assertThat(Browser.messages(agent))
                .contains("Quelqu'un a modifié ces informations entre-temps : rechargez la page puis recommencez.");
        browser.open(agent, "/ui/dossiers/dossier.xhtml?id=" + caseId);

        // The usager's new address, rectified from their page; the history says who changed what.
        browser.click(agent, "text=Page de l'usager");
        String address = "3 quai Mayaud, 49400 Saumur " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(address);
        agent.fill("[id='rectify'] input[data-field='person.address']", address);
        browser.click(agent, "[id='rectify:save']");
        assertThat(Browser.messages(agent)).contains("L'identité et le contact sont rectifiés.");
        assertThat(agent.locator("dl.facts").textContent()).contains(address).doesNotContain("Ardilliers");
        assertThat(agent.url()).doesNotContain("Mayaud");
        Locator rectification = agent.locator("#person-history tbody tr[data-kind='MOD']");
        assertThat(rectification.count()).isEqualTo(1);
        assertThat(rectification.locator("li").all().stream()
                        .map(li -> li.getAttribute("data-field"))
                        .toList())
                .as("only the field changed")
                .containsExactly("person.address");
        assertThat(rectification.textContent()).contains(AGENT, address);
        Browser.screenshot(agent, "usager-rectification");
        HttpResponse<String> read = Http.get(Http.api("/persons/" + personId), Keycloak.token(AGENT));
        assertThat(Http.json(read).path("address").asText()).isEqualTo(address);

        // The agent closes the dossier: the CAF's reads of the orientation fail (S7).
        browser.click(agent, "a[href*='dossier.xhtml']");
        browser.click(agent, "[id='close:closeDossier']");
        assertThat(Browser.messages(agent))
                .contains(
                        "Le dossier est clos ; ses orientations en cours sont annulées et les partenaires n'y ont plus accès.");
        assertThat(agent.locator("[id='team:assign']").count()).isZero();
        assertThat(agent.locator("[id='situation:save']").count()).isZero();
        assertThat(Http.json(Http.get(Http.api("/cases/" + caseId), Keycloak.token(AGENT)))
                        .path("status")
                        .asText())
                .isEqualTo("CLOSED");
        Http.assertProblem(Http.get(Http.api("/partner/referrals/" + referralId), Keycloak.token(CAF)), 403);
        Page caf = browser.signIn(CAF, "/ui/");
        Response refused = caf.navigate(
                Stack.API.resolve("/ui/inbox/referral.xhtml?id=" + referralId).toString());
        assertThat(caf.content()).doesNotContain(lastName, "Logement humide");
        assertThat(refused.status()).isLessThan(500);
        Browser.assertAccessible(caf);

        // The usager comes back: the agent reopens the dossier; the ended orientation stays ended.
        browser.click(agent, "[id='reopen:reopenDossier']");
        assertThat(Browser.messages(agent)).contains("Le dossier est de nouveau ouvert.");
        assertThat(agent.locator("[id='situation:save']").count()).isEqualTo(1);
        Browser.assertAccessible(agent);
        Http.assertProblem(Http.get(Http.api("/partner/referrals/" + referralId), Keycloak.token(CAF)), 403);
    }

    @Test
    void aPartnerDeclinesOnlyWithAMessageSayingWhy() {
        String referralId = TestData.sentToTheCaf(AGENT, "acces-aux-droits");
        Page caf = browser.signIn(CAF, "/ui/link/inbox/" + referralId);
        assertThat(caf.url()).endsWith("/ui/inbox/referral.xhtml?id=" + referralId);
        assertThat(caf.locator("#reject-hint").textContent()).contains("le message est obligatoire");

        // DESIGN §4: a coded reason is not enough; the page says why nothing happened.
        caf.selectOption("[id='act:rejectionCode']", "DEJA_SUIVI");
        browser.click(caf, "[id='act:reject']");
        assertThat(Browser.messages(caf))
                .containsExactly(
                        "Pour refuser, écrivez dans le message pourquoi vous ne"
                                + " pouvez pas suivre cette orientation : le CCAS en a besoin pour orienter l'usager ailleurs.");
        assertThat(caf.locator("#status").getAttribute("data-status")).isIn("SENT", "RECEIVED");

        declineFromThePage(caf, referralId, "DEJA_SUIVI", "Déjà accompagnée par notre antenne de Saumur");
    }

    /** Declines from the partner's page with a reason and a message; the CCAS sees both. */
    private static void declineFromThePage(Page caf, String referralId, String code, String message) {
        caf.selectOption("[id='act:rejectionCode']", code);
        caf.fill("[id='act:message']", message);
        browser.click(caf, "[id='act:reject']");
        assertThat(Browser.messages(caf)).contains("L'orientation est refusée ; le CCAS est prévenu.");
        JsonNode seen = Http.json(Http.get(Http.api("/referrals/" + referralId), Keycloak.token(AGENT)));
        assertThat(seen.path("status").asText()).isEqualTo("REJECTED");
        assertThat(seen.path("rejectionCode").asText()).isEqualTo(code);
        assertThat(seen.path("timeline").toString()).contains(message);
    }

    /**
     * The refusal form offers the reasons of the orientation's own convention, no other: the four
     * standard ones of another convention would be refused by the service (issue 18).
     */
    @Test
    void aPartnerDeclinesWithAReasonOfTheConventionsOwnList() {
        String purpose = TestData.unique("refus-");
        Map<String, Object> convention = new HashMap<>();
        convention.put("partner", "caf-49");
        convention.put("cadre", "SOCIAL_ACTION");
        convention.put("purpose", purpose);
        convention.put("allowedFields", List.of("person.lastName", "case.housing"));
        convention.put(
                "rejectionReasons",
                List.of(
                        Map.of("code", "PLACE_INDISPONIBLE", "label", "Aucune place disponible ce trimestre"),
                        Map.of("code", "DEJA_SUIVI", "label", "Famille déjà suivie par la CAF")));
        HttpResponse<String> created = Http.send("POST", Http.api("/conventions"), Keycloak.token(ADMIN), convention);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String referralId = TestData.sentToTheCaf(AGENT, purpose);

        Page caf = browser.signIn(CAF, "/ui/link/inbox/" + referralId);
        Locator options = caf.locator("[id='act:rejectionCode'] option");
        assertThat(options.all().stream().map(o -> o.getAttribute("value")).toList())
                .containsExactly("PLACE_INDISPONIBLE", "DEJA_SUIVI");
        assertThat(options.allTextContents())
                .containsExactly("Aucune place disponible ce trimestre", "Famille déjà suivie par la CAF");

        // The service holds the same line for any client: a reason of another list, or none said in words.
        String token = Keycloak.token(CAF);
        URI reject = Http.api("/partner/referrals/" + referralId + "/reject");
        Http.assertProblem(
                Http.send("POST", reject, token, Map.of("reasonCode", "HORS_COMPETENCE", "message", "Hors champ")),
                422);
        Http.assertProblem(Http.send("POST", reject, token, Map.of("reasonCode", "PLACE_INDISPONIBLE")), 422);

        declineFromThePage(
                caf, referralId, "PLACE_INDISPONIBLE", "Plus de place avant avril ; réorientez vers le Département");
    }

    @Test
    void theOrientationFormWorksWithTheKeyboardAlone() {
        String lastName = TestData.unique("Clavier");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(AGENT, personId, List.of(), Map.of("housing", "Hébergé chez un tiers"))
                .path("id")
                .asText();
        TestData.recordPriorNotice(AGENT, personId, "caf-49", List.of("IDENTITY", "CONTACT", "HOUSING"));
        Page agent = browser.signIn(AGENT, "/ui/");
        browser.open(agent, "/ui/referrals/new.xhtml?dossier=" + caseId);

        // Tab from the top of the page to the convention list; no mouse from here on.
        String wanted = agent.locator(
                        "[id='orientation:convention'] option",
                        new Page.LocatorOptions().setHasText("CAF de Maine-et-Loire – Aide au logement"))
                .getAttribute("value");
        tabTo(agent, "orientation:convention");
        for (int i = 0; i < 20 && !wanted.equals(agent.inputValue("[id='orientation:convention']")); i++) {
            agent.keyboard().press("ArrowDown");
        }
        assertThat(agent.inputValue("[id='orientation:convention']")).isEqualTo(wanted);
        tabTo(agent, "orientation:choose");
        browser.press(agent, "Enter");
        for (String field : List.of("person.lastName", "case.housing")) {
            tabToValue(agent, field);
            agent.keyboard().press("Space");
        }
        tabTo(agent, "orientation:reason");
        agent.keyboard().type("Demande d'aide au logement");
        tabTo(agent, "orientation:prepare");
        browser.press(agent, "Enter");
        assertThat(agent.locator("#partner-view dt").all().stream()
                        .map(dt -> dt.getAttribute("data-field"))
                        .toList())
                .as(() -> "messages: " + Browser.messages(agent))
                .containsExactlyInAnyOrder("person.lastName", "case.housing");
        tabTo(agent, "draft:send");
        browser.press(agent, "Enter");
        assertThat(agent.locator("#status").getAttribute("data-status")).isEqualTo("SENT");
    }

    /** Issue 14: notes are picked one by one; a HEALTH note is offered to the CAF disabled, with the reason. */
    @Test
    void theNotePickerOffersThePartageableNotesOneByOneAndTheCafNeverAHealthNote() {
        String lastName = TestData.unique("Notes");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        AGENT, personId, List.of(), new HashMap<>(Map.of("resources", "Prime d'activité")))
                .path("id")
                .asText();
        Map<String, String> notes = new HashMap<>();
        for (String[] note : List.of(
                new String[] {"PARTAGEABLE", "HEALTH", "Suivi cardiologique"},
                new String[] {"PARTAGEABLE", "RESOURCES", "Dette de loyer"},
                new String[] {"INTERNE", "RESOURCES", "Impression personnelle"})) {
            String body = note[2] + " " + TestData.unique("");
            TestData.PLAINTEXTS_USED.add(body);
            HttpResponse<String> created = Http.send(
                    "POST",
                    Http.api("/cases/" + caseId + "/notes"),
                    Keycloak.token(AGENT),
                    Map.of("type", note[0], "category", note[1], "body", body));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            notes.put(note[0] + note[1], Http.json(created).path("id").asText());
            notes.put(note[0] + note[1] + ".body", body);
        }
        TestData.recordPriorNotice(AGENT, personId, "caf-49", List.of("IDENTITY", "RESOURCES"));
        Page agent = browser.signIn(AGENT, "/ui/");
        browser.open(agent, "/ui/referrals/new.xhtml?dossier=" + caseId);
        agent.selectOption(
                "[id='orientation:convention']",
                agent.locator(
                                "[id='orientation:convention'] option",
                                new Page.LocatorOptions().setHasText("CAF de Maine-et-Loire – Accès aux droits"))
                        .getAttribute("value"));
        browser.click(agent, "[id='orientation:choose']");

        assertThat(agent.locator("[id='orientation:fields'] input[value='note.body']")
                        .count())
                .as("notes are not a field to tick")
                .isZero();
        Locator offered = agent.locator("[id='orientation:notes'] input[type=checkbox]");
        assertThat(offered.all().stream().map(box -> box.getAttribute("value")).toList())
                .as("the partageable notes")
                .containsExactly(notes.get("PARTAGEABLEHEALTH"), notes.get("PARTAGEABLERESOURCES"));
        Locator health =
                agent.locator("[id='orientation:notes'] input[value='" + notes.get("PARTAGEABLEHEALTH") + "']");
        assertThat(health.isDisabled()).isTrue();
        String pickerText = agent.locator("[id='orientation:notes']").textContent();
        assertThat(pickerText)
                .contains("Santé", "Ressources", "jamais à la CAF")
                .as("the list shows no note's text")
                .doesNotContain(notes.get("PARTAGEABLEHEALTH.body"), notes.get("PARTAGEABLERESOURCES.body"));
        agent.check("[id='orientation:fields'] input[value='person.lastName']");
        agent.check("[id='orientation:notes'] input[value='" + notes.get("PARTAGEABLERESOURCES") + "']");
        agent.fill("[id='orientation:reason']", "Accès aux droits");
        browser.click(agent, "[id='orientation:prepare']");

        assertThat(agent.locator("#picked li[data-note]").all().stream()
                        .map(li -> li.getAttribute("data-note"))
                        .toList())
                .as(() -> "messages: " + Browser.messages(agent))
                .containsExactly(notes.get("PARTAGEABLERESOURCES"));
        assertThat(agent.locator("#partner-view .shared-note").all().stream()
                        .map(p -> p.getAttribute("data-note"))
                        .toList())
                .containsExactly(notes.get("PARTAGEABLERESOURCES"));
        assertThat(agent.locator("#partner-view").textContent())
                .contains(notes.get("PARTAGEABLERESOURCES.body"))
                .doesNotContain(notes.get("PARTAGEABLEHEALTH.body"), notes.get("INTERNERESOURCES.body"));
    }

    @Test
    void aPageTheRoleDoesNotAllowIsRefusedJournaledAndNotInTheMenu() {
        Page agent = browser.signIn(AGENT, "/ui/");
        assertThat(agent.locator("nav.menu").textContent())
                .contains("Mes orientations")
                .doesNotContain("Journal des accès", "Conventions", "Orientations reçues");
        long before = pageRefusals();

        var response =
                agent.navigate(Stack.API.resolve("/ui/audit/journal.xhtml").toString());

        assertThat(response.status()).isEqualTo(403);
        assertThat(agent.title()).isEqualTo("Accès refusé – Passerelle");
        assertThat(agent.locator("h1").textContent()).isEqualTo("Accès refusé");
        Browser.assertAccessible(agent);
        Browser.screenshot(agent, "acces-refuse");
        assertThat(pageRefusals()).as("the refusal journaled (S11)").isEqualTo(before + 1);
    }

    /** The agent's refused pages of the auditor's area, as the DPO's journal search shows them. */
    private static long pageRefusals() {
        HttpResponse<String> found =
                Http.get(Http.api("/journal?username=" + AGENT + "&outcome=FORBIDDEN&size=200"), Keycloak.token(DPO));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        long count = 0;
        for (JsonNode entry : Http.json(found).path("entries")) {
            if (entry.path("reasonCode").asText().equals("page-not-allowed:audit")) {
                count++;
            }
        }
        return count;
    }

    @Test
    void englishIsOneClickAwayAndStaysForTheSession() {
        Page reception = browser.signIn("accueil.saumur", "/ui/persons/search.xhtml");
        assertThat(reception.locator("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(reception.locator("nav.menu").textContent())
                .contains("Rechercher un usager")
                .doesNotContain("Nouvel usager", "Mes orientations");
        browser.click(reception, "[id='language:en']");
        assertThat(reception.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(reception.locator("h1").textContent()).isEqualTo("Find a person");
        browser.open(reception, "/ui/");
        assertThat(reception.locator("h1").textContent()).isEqualTo("Home");
        Browser.screenshot(reception, "accueil-en-anglais");
    }

    private static String deadOrientationToTheCaf(String purpose) {
        String id = TestData.sentToTheCaf(AGENT, purpose);
        await("the dead letter").atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode d : Http.json(Http.get(Http.api("/deliveries?state=DEAD"), Keycloak.token(ADMIN)))) {
                if (d.path("referralId").asText().equals(id)) {
                    return true;
                }
            }
            return false;
        });
        return id;
    }

    /** Presses Tab until the element with this id has the focus (at most 80 times). */
    private static void tabTo(Page page, String id) {
        tabUntil(page, "id", id);
    }

    /** Presses Tab until the focused element is the input of this value (a checkbox of the picker). */
    private static void tabToValue(Page page, String value) {
        tabUntil(page, "value", value);
    }

    private static void tabUntil(Page page, String property, String expected) {
        for (int i = 0; i < 80; i++) {
            if (expected.equals(page.evaluate("p => document.activeElement && document.activeElement[p]", property))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(property + " " + expected + " cannot be reached with the Tab key");
    }
}
