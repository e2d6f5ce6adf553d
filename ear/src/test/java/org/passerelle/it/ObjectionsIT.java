package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Objection (GDPR art. 21, S5; issue 21, item 4): it takes effect at once (the open orientations it
 * covers are cancelled and the partner's reads refused, the others untouched, new ones refused),
 * opens the DPO's review with an alert, and only the DPO's recorded compelling grounds let
 * orientations go again. The partner's system hearing of it is in {@link PartnerChannelsIT}.
 */
@ExtendWith(StackExtension.class)
class ObjectionsIT {

    private static final String AGENT = "agent.saumur";
    private static final String CAF = "caf.instructeur";
    private static final String DPO = "dpo.saumur";

    @Test
    void anObjectionTakesEffectAtOnceAndTheDposReviewDecides() throws SQLException {
        String agent = Keycloak.token(AGENT);
        String caf = Keycloak.token(CAF);
        String dpo = Keycloak.token(DPO);
        String referral = TestData.sentToTheCaf(AGENT, "acces-aux-droits");
        JsonNode read = Http.json(Http.get(Http.api("/referrals/" + referral), agent));
        String personId = read.path("personId").asText();
        String caseId = read.path("caseFileId").asText();
        HttpResponse<String> accepted =
                Http.send("POST", Http.api("/partner/referrals/" + referral + "/accept"), caf, Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String identityOnly = drafted(agent, caseId, List.of("person.lastName"));
        String withHousing = drafted(agent, caseId, List.of("person.lastName", "case.housing"));

        // Bad input, or a caller who does not follow the usager, leaves nothing behind.
        Http.assertProblem(
                Http.send("POST", Http.api("/objections"), agent, objection(personId, "caf-49", List.of())), 422);
        Http.assertProblem(
                Http.send(
                        "POST", Http.api("/objections"), agent, objection(personId, "nowhere-49", List.of("HOUSING"))),
                422);
        assertThat(Http.send("POST", Http.api("/objections"), caf, objection(personId, "caf-49", List.of("HOUSING")))
                        .statusCode())
                .isIn(403, 404);
        assertThat(Http.json(Http.get(Http.api("/objections?personId=" + personId), agent)))
                .isEmpty();

        HttpResponse<String> recorded =
                Http.send("POST", Http.api("/objections"), agent, objection(personId, "caf-49", List.of("HOUSING")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode objection = Http.json(recorded);
        String id = objection.path("id").asText();
        assertThat(objection.path("review").asText()).isEqualTo("PENDING");
        assertThat(objection.path("inForce").asBoolean()).isTrue();

        // At once: the orientation carrying housing data is cancelled and the CAF reads nothing more;
        // the draft sharing the name only is untouched and may still go.
        JsonNode cancelled = Http.json(Http.get(Http.api("/referrals/" + referral), agent));
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("timeline").findValuesAsText("reasonCode")).contains("objection");
        Http.assertProblem(Http.get(Http.api("/partner/referrals/" + referral), caf), 403);
        assertThat(status(agent, withHousing))
                .as("a draft it covers is cancelled too")
                .isEqualTo("CANCELLED");
        assertThat(status(agent, identityOnly)).isEqualTo("DRAFT");
        assertThat(send(agent, identityOnly).statusCode()).isEqualTo(200);
        String again = drafted(agent, caseId, List.of("person.lastName", "case.housing"));
        assertThat(Http.assertProblem(send(agent, again), 409).path("type").asText())
                .endsWith("objection-in-force");
        assertThat(alertsOfKindFor("OBJECTION_REVIEW", personId)).isEqualTo(1);

        // The DPO's review: an override needs the written decision's reference, and is recorded once.
        assertThat(Http.json(Http.get(Http.api("/objections/pending"), dpo)).findValuesAsText("id"))
                .contains(id);
        Http.assertProblem(
                Http.send("POST", Http.api("/objections/" + id + "/review"), dpo, Map.of("decision", "OVERRIDDEN")),
                422);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/objections/" + id + "/review"),
                        dpo,
                        Map.of("decision", "OVERRIDDEN", "groundsReference", "une décision")),
                422);
        Http.assertProblem(
                Http.send("POST", Http.api("/objections/" + id + "/review"), agent, Map.of("decision", "UPHELD")), 403);
        assertThat(send(agent, again).statusCode()).as("still in force").isEqualTo(409);
        HttpResponse<String> overridden = Http.send(
                "POST",
                Http.api("/objections/" + id + "/review"),
                dpo,
                Map.of("decision", "OVERRIDDEN", "groundsReference", "DEC-2026-017"));
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
        assertThat(Http.json(overridden).path("inForce").asBoolean()).isFalse();
        Http.assertProblem(
                Http.send("POST", Http.api("/objections/" + id + "/review"), dpo, Map.of("decision", "UPHELD")), 409);
        assertThat(Http.json(Http.get(Http.api("/objections/pending"), dpo)).findValuesAsText("id"))
                .doesNotContain(id);
        HttpResponse<String> sent = send(agent, again);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(status(agent, referral))
                .as("what it cancelled stays cancelled")
                .isEqualTo("CANCELLED");
    }

    @Test
    void theAgentRecordsAnObjectionOnTheUsagersPageAndTheDpoUpholdsIt() {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Oppose"), TestData.nir()))
                .path("id")
                .asText();
        TestData.openCase(AGENT, personId, List.of(), new HashMap<>(Map.of("housing", "Locataire")));
        TestData.recordPriorNotice(AGENT, personId, "caf-49", List.of("IDENTITY", "HOUSING"));
        try (Browser browser = new Browser()) {
            Page agent = browser.open(browser.signIn(AGENT, "/ui/"), "/ui/dossiers/person.xhtml?id=" + personId);
            agent.selectOption("[id='objection:recipient']", "caf-49");
            agent.check("[id='objection:categories'] input[value='HOUSING']");
            browser.click(agent, "[id='objection:record']");
            assertThat(Browser.messages(agent))
                    .anySatisfy(m -> assertThat(m).startsWith("L'opposition est enregistrée"));
            assertThat(agent.locator("#objection-list tr[data-review='PENDING']")
                            .count())
                    .isEqualTo(1);
            String id =
                    agent.locator("#objection-list tr[data-review='PENDING']").getAttribute("data-objection");

            Page dpo = browser.signIn(DPO, "/ui/audit/objections.xhtml");
            String panel = "article[data-objection='" + id + "']";
            assertThat(dpo.locator(panel).textContent()).contains(personId).contains(AGENT);
            browser.click(dpo, panel + " [id$='review:uphold']");
            assertThat(Browser.messages(dpo)).contains("L'opposition est maintenue.");
            assertThat(dpo.locator(panel).count()).isZero();

            browser.open(agent, "/ui/dossiers/person.xhtml?id=" + personId);
            assertThat(agent.locator("#objection-list tr[data-objection='" + id + "']")
                            .getAttribute("data-review"))
                    .isEqualTo("UPHELD");
        }
    }

    private static Map<String, Object> objection(String personId, String recipient, List<String> categories) {
        return Map.of("personId", personId, "recipient", recipient, "categories", categories, "means", "WRITTEN");
    }

    private static String drafted(String token, String caseId, List<String> fields) {
        HttpResponse<String> created = Http.send(
                "POST",
                Http.api("/referrals"),
                token,
                TestData.draftBody(caseId, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", fields));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asText();
    }

    private static HttpResponse<String> send(String token, String referral) {
        return Http.send("POST", Http.api("/referrals/" + referral + "/send"), token, null);
    }

    private static String status(String token, String referral) {
        return Http.json(Http.get(Http.api("/referrals/" + referral), token))
                .path("status")
                .asText();
    }

    private static long alertsOfKindFor(String kind, String personId) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from alert where kind = ? and person_id = ?::uuid")) {
            s.setString(1, kind);
            s.setString(2, personId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
