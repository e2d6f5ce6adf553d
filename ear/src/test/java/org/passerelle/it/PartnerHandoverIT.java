package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner side of the team (issue 18, item 4; DESIGN §4, S2): the partner manager sees the
 * organisation's inbox with who holds what and assigns an orientation before acceptance; the named
 * recipient or the manager hands an accepted one over to a caseworker of the same organisation,
 * after which the new recipient reads the shared fields and the former one gets 403; the sender's
 * timeline shows it; the journal names the act, never the reason.
 */
@ExtendWith(StackExtension.class)
class PartnerHandoverIT {

    private static final String AGENT = "agent.saumur";
    private static final String CPAM = "cpam.conseiller";
    private static final String MANAGER = "cpam.responsable";
    private static final String CAF = "caf.instructeur";
    private static final List<String> PICK = List.of("person.lastName", "case.healthNotes");

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

    /** An usager's orientation to the CPAM for health access, sent by agent.saumur; its id and last name. */
    private record Sent(String id, String lastName) {}

    private static Sent sentToCpam() {
        String lastName = TestData.unique("Relais");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        Map<String, Object> situation = new HashMap<>();
        situation.put("healthNotes", "Suivi cardiologique " + TestData.unique(""));
        String caseId = TestData.openCase(AGENT, personId, List.of(), situation)
                .path("id")
                .asText();
        TestData.recordPriorNotice(AGENT, personId, "cpam-49", List.of("IDENTITY", "HEALTH"));
        TestData.recordConsent(AGENT, personId, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "HEALTH"));
        String id = TestData.sent(AGENT, TestData.draftBody(caseId, "cpam-49", "HEALTH", "acces-aux-soins", PICK));
        return new Sent(id, lastName);
    }

    private static HttpResponse<String> post(String username, String id, String what, Object body) {
        return Http.send("POST", Http.api("/partner/referrals/" + id + "/" + what), Keycloak.token(username), body);
    }

    private static HttpResponse<String> read(String username, String id) {
        return Http.get(Http.api("/partner/referrals/" + id), Keycloak.token(username));
    }

    private static Map<String, Object> handover(String to) {
        String reason = "Congé longue durée " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(reason);
        return Map.of("to", to, "reason", reason);
    }

    private static JsonNode inboxItem(String username, String id) {
        HttpResponse<String> inbox = Http.get(Http.api("/partner/referrals"), Keycloak.token(username));
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        for (JsonNode item : Http.json(inbox)) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    /** The journal entries of a request: action, outcome, reason code and fields, joined. */
    private static List<String> entries(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        List<String> entries = new ArrayList<>();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select action, outcome, reason_code, fields, referral_id, username from journal_entry"
                                + " where request_id = ? order by id")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(String.join(
                            " ",
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            String.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    @Test
    void theManagerTakesOverAnAcceptedOrientationAndTheFormerRecipientIsShutOut() {
        Sent sent = sentToCpam();
        String id = sent.id();
        HttpResponse<String> accepted = post(CPAM, id, "accept", Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Http.json(read(CPAM, id))
                        .path("shared")
                        .path("fields")
                        .path("person.lastName")
                        .asText())
                .isEqualTo(sent.lastName());

        // The manager sees the whole inbox with who holds each orientation, and may hand this one over.
        JsonNode listed = inboxItem(MANAGER, id);
        assertThat(listed).as("in the manager's inbox").isNotNull();
        assertThat(listed.path("recipient").asText()).isEqualTo(CPAM);
        assertThat(listed.path("availableRecipientChanges"))
                .extracting(JsonNode::asText)
                .containsExactly("HANDOVER");
        // Before it is handed over, the manager is not its recipient: no shared field (S2).
        Http.assertProblem(read(MANAGER, id), 403);

        Map<String, Object> body = handover(MANAGER);
        HttpResponse<String> handed = post(MANAGER, id, "handover", body);
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(Http.json(handed).path("recipient").asText()).isEqualTo(MANAGER);
        assertThat(Http.json(handed).path("status").asText()).isEqualTo("ACCEPTED");
        // Journaled as an update of the orientation naming the message field; never the reason nor a name.
        List<String> journaled = entries(handed);
        assertThat(journaled).hasSize(1);
        assertThat(journaled.get(0))
                .startsWith("UPDATE ALLOW referral-handover referral.message " + id + " " + MANAGER);
        assertThat(String.join("\n", journaled)).doesNotContain((String) body.get("reason"));

        // The new recipient reads the shared fields; the former one gets 403.
        HttpResponse<String> now = read(MANAGER, id);
        assertThat(now.statusCode()).as(now.body()).isEqualTo(200);
        assertThat(Http.json(now)
                        .path("shared")
                        .path("fields")
                        .path("person.lastName")
                        .asText())
                .isEqualTo(sent.lastName());
        JsonNode refused = Http.assertProblem(read(CPAM, id), 403);
        assertThat(refused.toString()).doesNotContain(sent.lastName());
        Http.assertProblem(post(CPAM, id, "start", Map.of()), 403);
        Http.assertProblem(post(CPAM, id, "handover", handover(CPAM)), 403);
        assertThat(post(MANAGER, id, "start", Map.of()).statusCode()).isEqualTo(200);

        // The sender's timeline shows the handover, with its reason, and the new recipient.
        HttpResponse<String> asSender = Http.get(Http.api("/referrals/" + id), Keycloak.token(AGENT));
        assertThat(asSender.statusCode()).as(asSender.body()).isEqualTo(200);
        JsonNode sender = Http.json(asSender);
        assertThat(sender.path("recipient").asText()).isEqualTo(MANAGER);
        JsonNode line = null;
        for (JsonNode event : sender.path("timeline")) {
            if (event.path("kind").asText().equals("HANDOVER")) {
                line = event;
            }
        }
        assertThat(line).as("a HANDOVER line on the sender's timeline").isNotNull();
        assertThat(line.path("username").asText()).isEqualTo(MANAGER);
        assertThat(line.path("holder").asText()).isEqualTo(MANAGER);
        assertThat(line.path("message").asText()).isEqualTo(body.get("reason"));
        assertThat(line.path("to").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void theRecipientHandsOverToAColleagueAndOnlyToOneOfItsOwnOrganisation() {
        String colleague = Keycloak.createUser("cpam-49", "partner-caseworker");
        String id = sentToCpam().id();
        inboxItem(MANAGER, id); // Passerelle has seen the manager
        assertThat(post(CPAM, id, "accept", Map.of()).statusCode()).isEqualTo(200);

        // A colleague Passerelle has never seen, another organisation's caseworker, a name of nobody: 422.
        Http.assertProblem(post(CPAM, id, "handover", handover(colleague)), 422);
        assertThat(inboxItem(CAF, id)).as("not in the CAF's inbox").isNull();
        Http.assertProblem(post(CPAM, id, "handover", handover(CAF)), 422);
        Http.assertProblem(post(CPAM, id, "handover", handover("personne.inconnue")), 422);
        // No reason, or to whoever holds it already: 422 too.
        Http.assertProblem(post(CPAM, id, "handover", Map.of("to", MANAGER)), 422);
        Http.assertProblem(post(CPAM, id, "handover", handover(CPAM)), 422);

        // Strangers: another organisation learns nothing (404), a CCAS agent is no caseworker (403),
        // a colleague who is not the recipient may not (403); each refusal journaled.
        HttpResponse<String> caf = post(CAF, id, "handover", handover(CPAM));
        Http.assertProblem(caf, 404);
        assertThat(entries(caf)).singleElement().asString().contains("NOT_FOUND other-organisation");
        HttpResponse<String> agent = post(AGENT, id, "handover", handover(CPAM));
        Http.assertProblem(agent, 403);
        assertThat(entries(agent)).singleElement().asString().contains("FORBIDDEN");
        assertThat(inboxItem(colleague, id))
                .as("the colleague's inbox lists it")
                .isNotNull();
        HttpResponse<String> notTheRecipient = post(colleague, id, "handover", handover(colleague));
        Http.assertProblem(notTheRecipient, 403);
        assertThat(entries(notTheRecipient)).singleElement().asString().contains("FORBIDDEN not-the-recipient");
        // Only the manager assigns, and only before acceptance.
        Http.assertProblem(post(CPAM, id, "assign", Map.of("to", colleague)), 403);
        Http.assertProblem(post(MANAGER, id, "assign", Map.of("to", colleague)), 409);

        // Now that Passerelle has seen the colleague (its inbox), the recipient hands it over.
        HttpResponse<String> handed = post(CPAM, id, "handover", handover(colleague));
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(read(colleague, id).statusCode()).isEqualTo(200);
        Http.assertProblem(read(CPAM, id), 403);
        HttpResponse<String> caseworkers =
                Http.get(Http.api("/partner/referrals/caseworkers"), Keycloak.token(MANAGER));
        assertThat(caseworkers.statusCode()).as(caseworkers.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        Http.json(caseworkers).forEach(n -> names.add(n.asText()));
        assertThat(names).contains(CPAM, MANAGER, colleague).doesNotContain(CAF);
        // Once it has ended, nobody hands it over (409).
        assertThat(post(colleague, id, "cancel", Map.of("reasonCode", "DOUBLON"))
                        .statusCode())
                .isEqualTo(200);
        Http.assertProblem(post(MANAGER, id, "handover", handover(CPAM)), 409);
    }

    @Test
    void theManagerAssignsBeforeAcceptanceAndWhoeverAcceptsBecomesTheRecipient() {
        String id = sentToCpam().id();
        read(CPAM, id); // Passerelle has seen the caseworker

        Http.assertProblem(post(MANAGER, id, "handover", handover(CPAM)), 409);
        HttpResponse<String> assigned = post(MANAGER, id, "assign", Map.of("to", CPAM));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(Http.json(assigned).path("assignee").asText()).isEqualTo(CPAM);
        assertThat(Http.json(assigned).path("status").asText()).isEqualTo("SENT");
        assertThat(inboxItem(CPAM, id).path("assignee").asText()).isEqualTo(CPAM);
        Http.assertProblem(post(MANAGER, id, "assign", Map.of("to", CAF)), 422);

        HttpResponse<String> accepted = post(CPAM, id, "accept", Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Http.json(accepted).path("recipient").asText()).isEqualTo(CPAM);
    }

    @Test
    void theHandoverFormOfTheOrientationPage() {
        Sent sent = sentToCpam();
        String id = sent.id();
        read(MANAGER, id); // Passerelle has seen the manager
        assertThat(post(CPAM, id, "accept", Map.of()).statusCode()).isEqualTo(200);

        // Signed in through the stable link, as from the e-mail (the sign-in keeps no query string).
        Page cpam = browser.signIn(CPAM, "/ui/link/inbox/" + id);
        assertThat(cpam.url()).endsWith("/ui/inbox/referral.xhtml?id=" + id);
        assertThat(cpam.locator("#shared").textContent()).contains(sent.lastName());
        assertThat(cpam.locator("[id='handover:to'] option").all().stream()
                        .map(o -> o.getAttribute("value"))
                        .toList())
                .contains(MANAGER)
                .doesNotContain(CPAM, CAF);
        // No reason: refused on the page, nothing changed.
        cpam.selectOption("[id='handover:to']", MANAGER);
        browser.click(cpam, "[id='handover:submit']");
        assertThat(cpam.locator("#status").getAttribute("data-status")).isEqualTo("ACCEPTED");
        assertThat(cpam.locator("#shared").count()).isEqualTo(1);
        String reason = "Départ en formation " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(reason);
        cpam.selectOption("[id='handover:to']", MANAGER);
        cpam.fill("[id='handover:reason']", reason);
        browser.click(cpam, "[id='handover:submit']");
        assertThat(Browser.messages(cpam)).contains("L'orientation est confiée à " + MANAGER + ".");
        assertThat(cpam.locator("#shared").count()).isZero();
        assertThat(cpam.locator("main").textContent()).doesNotContain(sent.lastName());
        Browser.screenshot(cpam, "partenaire-passation");

        // The manager's inbox lists it with its recipient; the sender's page shows the handover.
        Page manager = browser.signIn(MANAGER, "/ui/inbox/list.xhtml");
        assertThat(manager.locator("#inbox tr[data-referral-id='" + id + "'] [data-recipient]")
                        .textContent())
                .contains(MANAGER);
        Page agent = browser.signIn(AGENT, "/ui/link/referral/" + id);
        assertThat(agent.locator("#timeline").textContent()).contains(reason, MANAGER);
    }
}
