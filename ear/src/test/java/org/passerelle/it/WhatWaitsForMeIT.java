package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, items 6 and 4: each role's home page says what waits for it, with counts that move
 * when something happens (the shared stack holds other tests' data, so the counts are compared
 * before and after); and the partner reads the sender's professional contact on an orientation.
 */
@ExtendWith(StackExtension.class)
class WhatWaitsForMeIT {

    private static final String AGENT = "agent.saumur";
    private static final String COLLEAGUE = "collegue.saumur";
    private static final String CAF = "caf.instructeur";
    private static final String MANAGER = "responsable.saumur";
    private static final String HOME = "/ui/";

    @Test
    void eachRoleSeesWhatWaitsForItOnItsHomePage() {
        try (Browser browser = new Browser()) {
            Page agent = browser.signIn(AGENT, HOME);
            Page caf = browser.signIn(CAF, HOME);
            Page manager = browser.signIn(MANAGER, HOME);
            Page colleague = browser.signIn(COLLEAGUE, HOME);
            int answers = count(agent, "wait-answers");
            int consents = count(agent, "wait-consents");
            int delegations = count(colleague, "wait-delegations");
            assertThat(agent.locator("#waiting-partner").count()).isZero();
            assertThat(caf.locator("#waiting-agent").count()).isZero();
            assertThat(caf.locator("#wait-unassigned").count())
                    .as("a caseworker, not the partner manager")
                    .isZero();
            Browser.screenshot(agent, "home-agent");
            Browser.screenshot(manager, "home-responsable");

            // A new orientation to the CAF moves the CAF's and the manager's counts by one. On the
            // shared stack other tests' orientations expire meanwhile (a day is a second), which
            // only lowers these counts: one of a few tries must see each of them rise by exactly one.
            String referral = null;
            List<List<Integer>> tries = new ArrayList<>();
            for (int attempt = 0; attempt < 4; attempt++) {
                reload(browser, caf);
                reload(browser, manager);
                List<Integer> before = partnerSideCounts(caf, manager);
                referral = TestData.sentToTheCaf(AGENT, "acces-aux-droits");
                reload(browser, caf);
                reload(browser, manager);
                List<Integer> after = partnerSideCounts(caf, manager);
                List<Integer> moved = new ArrayList<>();
                for (int i = 0; i < before.size(); i++) {
                    moved.add(after.get(i) - before.get(i));
                }
                tries.add(moved);
                if (moved.equals(List.of(1, 1, 1, 1))) {
                    break;
                }
            }
            assertThat(tries)
                    .as("(new, to accept, the agent's unanswered, the CAF's unanswered) moves per try")
                    .contains(List.of(1, 1, 1, 1));
            assertThat(caf.locator("#wait-new a").getAttribute("href")).endsWith("/ui/inbox/list.xhtml");
            Browser.screenshot(caf, "home-partenaire");

            // The partner asks for information: the sender's turn.
            String question = "Pouvez-vous préciser la situation ? " + TestData.unique("");
            TestData.PLAINTEXTS_USED.add(question);
            HttpResponse<String> asked = Http.send(
                    "POST",
                    Http.api("/partner/referrals/" + referral + "/messages"),
                    Keycloak.token(CAF),
                    Map.of("message", question));
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
            reload(browser, agent);
            assertThat(count(agent, "wait-answers")).isEqualTo(answers + 1);
            assertThat(agent.locator("#wait-answers a").getAttribute("href")).endsWith("/ui/referrals/mine.xhtml");

            // A consent of one of the agent's usagers ends within 30 days.
            String personId = Http.json(Http.get(Http.api("/referrals/" + referral), Keycloak.token(AGENT)))
                    .path("personId")
                    .asText();
            Map<String, Object> consent = new HashMap<>();
            consent.put("personId", personId);
            consent.put("recipient", "caf-49");
            consent.put("purpose", "acces-aux-droits");
            consent.put("categories", List.of("IDENTITY"));
            consent.put("means", "WRITTEN");
            consent.put(
                    "expiresOn",
                    LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10).toString());
            HttpResponse<String> recorded = Http.send("POST", Http.api("/consents"), Keycloak.token(AGENT), consent);
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            reload(browser, agent);
            assertThat(count(agent, "wait-consents")).isEqualTo(consents + 1);

            // A delegation received shows on the colleague's home, and ends with this test.
            Map<String, Object> delegation = Map.of(
                    "to",
                    COLLEAGUE,
                    "until",
                    Instant.now().plus(Duration.ofDays(2)).toString(),
                    "reason",
                    "Formation d'une journée");
            HttpResponse<String> given = Http.send("POST", Http.api("/delegations"), Keycloak.token(AGENT), delegation);
            assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
            try {
                reload(browser, colleague);
                assertThat(count(colleague, "wait-delegations")).isEqualTo(delegations + 1);
            } finally {
                HttpResponse<String> ended = Http.send(
                        "DELETE",
                        Http.api("/delegations/" + Http.json(given).path("id").asText()),
                        Keycloak.token(AGENT),
                        null);
                assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void thePartnerReadsTheSendersProfessionalContact() {
        String referral = TestData.sentToTheCaf(AGENT, "acces-aux-droits");
        String caf = Keycloak.token(CAF);

        HttpResponse<String> read = Http.get(Http.api("/partner/referrals/" + referral), caf);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode contact = Http.json(read).path("senderContact");
        assertThat(contact.path("username").asText()).isEqualTo(AGENT);
        assertThat(contact.path("name").asText()).isEqualTo("Claire Moreau");
        assertThat(contact.path("email").asText()).isEqualTo("claire.moreau@passerelle.example");
        JournalIT.Entry reading = JournalIT.onlyEntryOf(read, 200);
        assertThat(reading.fields())
                .as("a staff member's contact is no field of the usager's")
                .doesNotContain("email", "name");

        HttpResponse<String> inbox = Http.get(Http.api("/partner/referrals"), caf);
        for (JsonNode r : Http.json(inbox)) {
            assertThat(r.path("senderContact").isNull()
                            || r.path("senderContact").isMissingNode())
                    .as("the inbox list carries no contact, a single read does")
                    .isTrue();
        }

        try (Browser browser = new Browser()) {
            Page page = browser.open(browser.signIn(CAF, HOME), "/ui/inbox/referral.xhtml?id=" + referral);
            assertThat(page.url()).endsWith("/ui/inbox/referral.xhtml?id=" + referral);
            assertThat(page.locator("#contact-name").textContent()).isEqualTo("Claire Moreau");
            assertThat(page.locator("#contact-email").getAttribute("href"))
                    .isEqualTo("mailto:claire.moreau@passerelle.example");
        }
    }

    private static void reload(Browser browser, Page page) {
        browser.open(page, HOME);
    }

    /** The count an item of the home page shows (its data-count). */
    private static int count(Page page, String id) {
        Locator item = page.locator("#" + id);
        assertThat(item.count()).as(id + " on the home page").isEqualTo(1);
        return Integer.parseInt(item.getAttribute("data-count"));
    }

    /** The CAF's new and to-accept counts, then the manager's unanswered for the agent and for the CAF. */
    private static List<Integer> partnerSideCounts(Page caf, Page manager) {
        return List.of(
                count(caf, "wait-new"),
                count(caf, "wait-accept"),
                row(manager, "waiting-per-agent", AGENT)[0],
                row(manager, "waiting-per-partner", "caf-49")[0]);
    }

    /** A CCAS manager's row (unanswered, overdue) for an agent or a partner; zeros when absent. */
    private static int[] row(Page page, String table, String key) {
        assertThat(page.locator("#waiting-team").count()).isEqualTo(1);
        Locator row = page.locator("#" + table + " tr[data-key='" + key + "']");
        if (row.count() == 0) {
            return new int[] {0, 0};
        }
        return new int[] {
            Integer.parseInt(row.getAttribute("data-unanswered")), Integer.parseInt(row.getAttribute("data-overdue"))
        };
    }
}
