package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S6 continuity inside the team (issue 18): {@code collegue.saumur} is refused a dossier of
 * {@code agent.saumur}'s; delegated, reads and writes it, each access journaled naming the
 * delegation and raising no alert; refused again once the delegation is ended or past its end.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on alerts at any hour: a delegated access must raise none")
class DelegationsIT {

    private static final String AGENT = "agent.saumur";
    private static final String COLLEAGUE = "collegue.saumur";
    private static final String MANAGER = "responsable.saumur";
    private static final String REASON = "Congés de fin d'année";

    /** No delegation from the agent to the colleague left running by another test or the demo data. */
    @BeforeEach
    void noRunningDelegationToTheColleague() {
        String agent = Keycloak.token(AGENT);
        for (JsonNode d : list(agent)) {
            if (d.path("delegator").asText().equals(AGENT)
                    && d.path("delegate").asText().equals(COLLEAGUE)
                    && List.of("RUNNING", "SCHEDULED").contains(d.path("status").asText())) {
                HttpResponse<String> ended = Http.send(
                        "DELETE", Http.api("/delegations/" + d.path("id").asText()), agent, null);
                assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void aDelegateReadsAndWritesTheDelegatorsDossiersUntilTheDelegationIsEnded() {
        String caseId = aDossierOfTheAgent();
        String colleague = Keycloak.token(COLLEAGUE);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), colleague), 403);

        HttpResponse<String> given = Http.send(
                "POST", Http.api("/delegations"), Keycloak.token(AGENT), body(COLLEAGUE, Duration.ofDays(7), null));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        String delegation = Http.json(given).path("id").asText();
        assertThat(Http.json(given).path("status").asText()).isEqualTo("RUNNING");
        assertThat(Http.json(given).path("delegator").asText()).isEqualTo(AGENT);
        JournalIT.Entry giving = JournalIT.onlyEntryOf(given, 201);
        assertThat(giving.action()).isEqualTo("DELEGATION");
        assertThat(giving.reasonCode()).isEqualTo("delegation:" + delegation);

        HttpResponse<String> read = Http.get(Http.api("/cases/" + caseId), colleague);
        JournalIT.Entry reading = JournalIT.onlyEntryOf(read, 200);
        assertThat(Http.json(read).path("housing").asText()).isEqualTo("Hébergé chez sa sœur");
        assertThat(reading.action()).isEqualTo("READ");
        assertThat(reading.reasonCode())
                .as("the read names its ground, the delegation")
                .isEqualTo("delegation:" + delegation);
        assertThat(reading.breakGlass()).isFalse();

        HttpResponse<String> written = Http.send(
                "PUT",
                Http.api("/cases/" + caseId),
                colleague,
                Map.of("housing", "Logement social attribué"),
                "If-Match",
                read.headers().firstValue("ETag").orElseThrow());
        JournalIT.Entry writing = JournalIT.onlyEntryOf(written, 200);
        assertThat(writing.action()).isEqualTo("UPDATE");
        assertThat(writing.reasonCode()).isEqualTo("delegation:" + delegation);
        assertThat(Http.json(Http.get(Http.api("/cases/" + caseId), Keycloak.token(AGENT)))
                        .path("housing")
                        .asText())
                .isEqualTo("Logement social attribué");

        // The colleague sees it as received, the manager and the DPO as one of the CCAS's, Vitré not at all.
        assertThat(ids(list(colleague))).contains(delegation);
        assertThat(ids(list(Keycloak.token(MANAGER)))).contains(delegation);
        assertThat(ids(list(Keycloak.token("dpo.saumur")))).contains(delegation);
        assertThat(ids(list(Keycloak.token("agent.vitre")))).doesNotContain(delegation);

        // No alert but the first, refused attempt's: the delegated read and write raised none.
        assertThat(alertKinds(caseId)).containsExactly("UNASSIGNED_READ");

        // The delegate cannot end it; its delegator can, once.
        Http.assertProblem(Http.send("DELETE", Http.api("/delegations/" + delegation), colleague, null), 403);
        HttpResponse<String> ended =
                Http.send("DELETE", Http.api("/delegations/" + delegation), Keycloak.token(AGENT), null);
        JournalIT.Entry ending = JournalIT.onlyEntryOf(ended, 200);
        assertThat(ending.action()).isEqualTo("DELEGATION_END");
        assertThat(ending.reasonCode()).isEqualTo("delegation:" + delegation);
        assertThat(Http.json(ended).path("status").asText()).isEqualTo("ENDED");
        Http.assertProblem(
                Http.send("DELETE", Http.api("/delegations/" + delegation), Keycloak.token(AGENT), null), 409);

        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), colleague), 403);
    }

    /**
     * The orientations follow the same gate as the dossier: delegated, the colleague lists, reads and
     * writes to the partner on the agent's orientation, each entry naming the delegation; ended, 403.
     */
    @Test
    void aDelegateFollowsTheDelegatorsOrientationsUntilTheDelegationIsEnded() {
        String referral = TestData.sentToTheCaf(AGENT, "acces-aux-droits");
        String colleague = Keycloak.token(COLLEAGUE);
        Http.assertProblem(Http.get(Http.api("/referrals/" + referral), colleague), 403);
        assertThat(referralIds(colleague)).doesNotContain(referral);

        HttpResponse<String> given = Http.send(
                "POST", Http.api("/delegations"), Keycloak.token(AGENT), body(COLLEAGUE, Duration.ofDays(7), null));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        String delegation = Http.json(given).path("id").asText();

        assertThat(referralIds(colleague))
                .as("the delegator's orientations are on the delegate's list")
                .contains(referral);
        HttpResponse<String> read = Http.get(Http.api("/referrals/" + referral), colleague);
        JournalIT.Entry reading = JournalIT.onlyEntryOf(read, 200);
        assertThat(Http.json(read).path("reason").asText()).isEqualTo("Aide au logement");
        assertThat(reading.reasonCode()).isEqualTo("delegation:" + delegation);
        assertThat(reading.breakGlass()).isFalse();
        assertThat(Http.get(Http.api("/referrals/" + referral + "/preview"), colleague)
                        .statusCode())
                .isEqualTo(200);

        String text = "Merci de rappeler " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(text);
        HttpResponse<String> written =
                Http.send("POST", Http.api("/referrals/" + referral + "/messages"), colleague, Map.of("message", text));
        JournalIT.Entry writing = JournalIT.onlyEntryOf(written, 200);
        assertThat(writing.action()).isEqualTo("UPDATE");
        assertThat(writing.reasonCode()).isEqualTo("delegation:" + delegation);

        HttpResponse<String> ended =
                Http.send("DELETE", Http.api("/delegations/" + delegation), Keycloak.token(AGENT), null);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        Http.assertProblem(Http.get(Http.api("/referrals/" + referral), colleague), 403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/referrals/" + referral + "/messages"),
                        colleague,
                        Map.of("message", "Encore un message")),
                403);
        assertThat(referralIds(colleague)).doesNotContain(referral);
    }

    @Test
    void pastItsEndTheDelegationOpensNothing() throws InterruptedException {
        String caseId = aDossierOfTheAgent();
        String colleague = Keycloak.token(COLLEAGUE);
        Instant until = Instant.now().plusSeconds(12);
        Map<String, Object> body = body(COLLEAGUE, null, null);
        body.put("until", until.toString());
        HttpResponse<String> given = Http.send("POST", Http.api("/delegations"), Keycloak.token(AGENT), body);
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);

        assertThat(Http.get(Http.api("/cases/" + caseId), colleague).statusCode())
                .isEqualTo(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()) + 1000);

        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), colleague), 403);
        JsonNode expired = list(colleague).stream()
                .filter(d ->
                        d.path("id").asText().equals(Http.json(given).path("id").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(expired.path("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void theManagerDelegatesForAnAgentButReadsNoDossier() {
        String caseId = aDossierOfTheAgent();
        String manager = Keycloak.token(MANAGER);

        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), manager), 403);
        // Without "for" the manager has no dossiers of their own to delegate.
        Http.assertProblem(
                Http.send("POST", Http.api("/delegations"), manager, body(COLLEAGUE, Duration.ofDays(3), null)), 403);
        HttpResponse<String> given =
                Http.send("POST", Http.api("/delegations"), manager, body(COLLEAGUE, Duration.ofDays(3), AGENT));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
        String delegation = Http.json(given).path("id").asText();
        assertThat(Http.json(given).path("delegator").asText()).isEqualTo(AGENT);
        assertThat(Http.json(given).path("createdBy").asText()).isEqualTo(MANAGER);
        assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE))
                        .statusCode())
                .isEqualTo(200);

        // An agent may not delegate a colleague's dossiers; the manager ends the delegation.
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/delegations"),
                        Keycloak.token(COLLEAGUE),
                        body("agent.vitre", Duration.ofDays(3), AGENT)),
                403);
        HttpResponse<String> ended = Http.send("DELETE", Http.api("/delegations/" + delegation), manager, null);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(Http.json(ended).path("endedBy").asText()).isEqualTo(MANAGER);
        Http.assertProblem(Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE)), 403);
        Http.assertProblem(
                Http.send("DELETE", Http.api("/delegations/" + delegation), Keycloak.token("agent.vitre"), null), 404);
    }

    @Test
    void badDelegationsAreRefusedAsProblems() {
        String agent = Keycloak.token(AGENT);
        Instant now = Instant.now();
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(body(AGENT, Duration.ofDays(3), null)); // to oneself
        bad.add(body("Pas Un Identifiant", Duration.ofDays(3), null));
        bad.add(body(null, Duration.ofDays(3), null));
        bad.add(body(COLLEAGUE, null, null)); // no until
        bad.add(body(COLLEAGUE, Duration.ofDays(93), null)); // too long
        Map<String, Object> backwards = body(COLLEAGUE, Duration.ofDays(3), null);
        backwards.put("from", now.plus(Duration.ofDays(5)).toString());
        bad.add(backwards);
        Map<String, Object> past = body(COLLEAGUE, null, null);
        past.put("from", now.minus(Duration.ofDays(5)).toString());
        past.put("until", now.minus(Duration.ofDays(1)).toString());
        bad.add(past);
        Map<String, Object> noReason = body(COLLEAGUE, Duration.ofDays(3), null);
        noReason.remove("reason");
        bad.add(noReason);
        Map<String, Object> shortReason = body(COLLEAGUE, Duration.ofDays(3), null);
        shortReason.put("reason", "abs");
        bad.add(shortReason);
        for (Map<String, Object> body : bad) {
            Http.assertProblem(Http.send("POST", Http.api("/delegations"), agent, body), 422);
        }
        Http.assertProblem(
                Http.send("POST", Http.api("/delegations"), agent, "{\"to\":\"collegue.saumur\",\"until\":\"demain\"}"),
                400);
        Http.assertProblem(
                Http.send("DELETE", Http.api("/delegations/" + java.util.UUID.randomUUID()), agent, null), 404);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/delegations"),
                        Keycloak.token("accueil.saumur"),
                        body(COLLEAGUE, Duration.ofDays(3), null)),
                403);
        Http.assertProblem(Http.get(Http.api("/delegations"), Keycloak.token("cpam.conseiller")), 403);
    }

    @Test
    void theAgentGivesAndEndsADelegationFromTheDelegationsPage() {
        String caseId = aDossierOfTheAgent();
        try (Browser browser = new Browser()) {
            Page agent = browser.signIn(AGENT, "/ui/delegations/delegations.xhtml");
            assertThat(agent.locator("h1").textContent()).isEqualTo("Délégations");
            agent.fill("[id='give:to']", COLLEAGUE);
            agent.fill(
                    "[id='give:until']",
                    LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5).toString());
            agent.fill("[id='give:reason']", "Formation de trois jours");
            browser.click(agent, "[id='give:save']");
            assertThat(Browser.messages(agent)).contains("La délégation est donnée.");
            String row = "tr[data-status='RUNNING']:has(td:text-is('" + COLLEAGUE + "'))";
            assertThat(agent.locator(row).count()).isEqualTo(1);
            String delegation = agent.locator(row).getAttribute("data-delegation");
            Browser.screenshot(agent, "delegations-agent");

            assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE))
                            .statusCode())
                    .isEqualTo(200);

            // The colleague's home says whom they stand in for; the manager sees the CCAS's delegations.
            Page colleague = browser.signIn(COLLEAGUE, "/ui/");
            assertThat(colleague.locator("#delegations-received").textContent()).contains(AGENT);
            Page manager = browser.signIn(MANAGER, "/ui/");
            browser.click(manager, "nav a[href$='/ui/delegations/delegations.xhtml']");
            assertThat(manager.locator("tr[data-delegation='" + delegation + "']")
                            .count())
                    .isEqualTo(1);
            assertThat(manager.locator("[id='give:for']").count()).isEqualTo(1);
            Browser.screenshot(manager, "delegations-responsable");

            browser.click(agent, "tr[data-delegation='" + delegation + "'] input[type=submit]");
            assertThat(Browser.messages(agent)).contains("La délégation a pris fin.");
            assertThat(agent.locator("tr[data-delegation='" + delegation + "']").getAttribute("data-status"))
                    .isEqualTo("ENDED");
            Http.assertProblem(Http.get(Http.api("/cases/" + caseId), Keycloak.token(COLLEAGUE)), 403);
        }
    }

    private static String aDossierOfTheAgent() {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Delegue"), TestData.nir()))
                .path("id")
                .asText();
        return TestData.openCase(AGENT, personId, List.of(), new HashMap<>(Map.of("housing", "Hébergé chez sa sœur")))
                .path("id")
                .asText();
    }

    private static Map<String, Object> body(String to, Duration lasting, String forAgent) {
        Map<String, Object> body = new HashMap<>();
        if (to != null) {
            body.put("to", to);
        }
        if (lasting != null) {
            body.put("until", Instant.now().plus(lasting).toString());
        }
        if (forAgent != null) {
            body.put("for", forAgent);
        }
        body.put("reason", REASON);
        return body;
    }

    private static List<JsonNode> list(String token) {
        HttpResponse<String> response = Http.get(Http.api("/delegations"), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(Http.json(response).spliterator(), false).toList();
    }

    /** The ids of the orientations on the caller's list. */
    private static List<String> referralIds(String token) {
        HttpResponse<String> response = Http.get(Http.api("/referrals"), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(Http.json(response).spliterator(), false)
                .map(r -> r.path("id").asText())
                .toList();
    }

    private static List<String> ids(List<JsonNode> delegations) {
        return delegations.stream().map(d -> d.path("id").asText()).toList();
    }

    /** The kinds of the alerts raised on this dossier for the colleague, oldest first. */
    private static List<String> alertKinds(String caseId) {
        List<String> kinds = new ArrayList<>();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select kind from alert where username = ? and case_file_id = ?::uuid order by raised_at")) {
            s.setString(1, COLLEAGUE);
            s.setString(2, caseId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return kinds;
    }
}
