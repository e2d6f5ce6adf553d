package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, "one disclosure, one entry": a partner down for the whole retry schedule, then the
 * dead messages resent. Thirty attempts journal one disclosure each, to the CAF, with the message
 * id; a message that died is journaled undelivered; the usager's access report counts one
 * disclosure per orientation that reached the CAF, to the CAF, and none for the one never resent.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on the suite's 30 retries a second or two apart")
class OneDisclosurePerMessageIT {

    private static final String CAF = "caf-49";
    private static final String CAF_NAME = "CAF de Maine-et-Loire";
    private static final String CADRE = "SOCIAL_ACTION";
    private static final String PURPOSE = "acces-aux-droits";

    /** An agent of Saumur of this class's own, so that its deliveries are this test's only. */
    private static String agent;

    @BeforeAll
    static void theCafOnHttpsAndDown() {
        agent = Keycloak.createUser("ccas-saumur", "ccas-agent");
        Simulator.connect(
                CAF,
                CADRE,
                PURPOSE,
                "HTTPS",
                Simulator.https("/caf/orientations").toString());
        Simulator.behave(CAF, Map.of("replies", List.of(), "down", true, "failTimes", 0, "duplicateReplies", false));
    }

    @AfterAll
    static void backToTheInbox() {
        Simulator.behave(CAF, Map.of("replies", List.of("ACKNOWLEDGE"), "down", false));
        Simulator.disconnect(CAF, CADRE, PURPOSE);
    }

    /** A new usager of Saumur, told their name may go to the CAF; returns its id and its dossier's. */
    private static String[] usager() {
        String personId = TestData.registerPerson(agent, TestData.person(TestData.unique("Divulgue"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(agent, personId, List.of(), new HashMap<>())
                .path("id")
                .asText();
        TestData.recordPriorNotice(agent, personId, CAF, List.of("IDENTITY"));
        return new String[] {personId, caseId};
    }

    private static String orient(String caseId) {
        return TestData.sent(agent, TestData.draftBody(caseId, CAF, CADRE, PURPOSE, List.of("person.lastName")));
    }

    /** The orientation's message to the CAF's system, as its sender's deliveries show it. */
    private static JsonNode delivery(String referralId) {
        HttpResponse<String> deliveries = Http.get(Http.api("/deliveries"), Keycloak.token(agent));
        assertThat(deliveries.statusCode()).as(deliveries.body()).isEqualTo(200);
        for (JsonNode d : Http.json(deliveries)) {
            if (d.path("referralId").asText().equals(referralId)
                    && d.path("kind").asText().equals("ORIENTATION")) {
                return d;
            }
        }
        throw new AssertionError("no delivery for " + referralId);
    }

    private static boolean all(List<String> referralIds, String state) {
        return referralIds.stream()
                .allMatch(id -> delivery(id).path("state").asText().equals(state));
    }

    /** The journal's entries of a delivery, by action, each as "organisation client-address". */
    private static Map<String, List<String>> entriesOfMessage(String messageId) throws SQLException {
        Map<String, List<String>> byAction = new HashMap<>();
        try (Connection c = Stack.database();
                PreparedStatement s =
                        c.prepareStatement("select action, organisation_code, client_address from journal_entry"
                                + " where request_id = ? and username = 'system:partner-delivery' order by id")) {
            s.setString(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byAction.computeIfAbsent(rs.getString(1), a -> new ArrayList<>())
                            .add(rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return byAction;
    }

    private static JsonNode accessReport(String personId) {
        HttpResponse<String> report = Http.send(
                "POST", Http.api("/access-reports"), Keycloak.token("dpo.saumur"), Map.of("personId", personId));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return Http.json(report);
    }

    private static List<String> disclosuresTo(JsonNode report) {
        List<String> to = new ArrayList<>();
        report.path("accesses").forEach(a -> {
            if (a.path("kind").asText().equals("DISCLOSURE")) {
                to.add(a.path("organisationName").asText());
            }
        });
        return to;
    }

    @Test
    void aPartnerDownForTheWholeRetryScheduleThenResentShowsOneDisclosurePerOrientationToThatPartner()
            throws SQLException {
        String[] resentUsager = usager();
        List<String> resent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            resent.add(orient(resentUsager[1]));
        }
        String[] forgottenUsager = usager();
        String forgotten = orient(forgottenUsager[1]);
        List<String> every = new ArrayList<>(resent);
        every.add(forgotten);

        await("every message dead after the whole retry schedule")
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> all(every, "DEAD"));
        for (String id : every) {
            JsonNode dead = delivery(id);
            assertThat(dead.path("attempts").asInt()).as("the whole schedule").isEqualTo(30);
            assertThat(entriesOfMessage(dead.path("id").asText()))
                    .as("thirty attempts, one disclosure to the CAF, then undelivered")
                    .isEqualTo(Map.of(
                            "SHARE", List.of(CAF + " channel:HTTPS"),
                            "UNDELIVERED", List.of(CAF + " channel:HTTPS")));
        }
        assertThat(disclosuresTo(accessReport(resentUsager[0])))
                .as("nothing reached the CAF yet")
                .doesNotContain(CAF_NAME);

        Simulator.behave(CAF, Map.of("down", false));
        for (String id : resent) {
            HttpResponse<String> resend = Http.send(
                    "POST",
                    Http.api("/deliveries/" + delivery(id).path("id").asText() + "/resend"),
                    Keycloak.token(agent),
                    null);
            assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        }
        await("the resent messages delivered").atMost(Duration.ofSeconds(60)).until(() -> all(resent, "DELIVERED"));

        List<String> disclosed = disclosuresTo(accessReport(resentUsager[0]));
        assertThat(disclosed.stream().filter(CAF_NAME::equals))
                .as("one disclosure per orientation, to the CAF: %s", disclosed)
                .hasSize(resent.size());
        assertThat(disclosed).as("none to Passerelle itself").doesNotContain("Passerelle");
        assertThat(disclosuresTo(accessReport(forgottenUsager[0])))
                .as("a message that never reached the CAF is no disclosure to it")
                .doesNotContain(CAF_NAME, "Passerelle");
        assertThat(delivery(forgotten).path("state").asText()).isEqualTo("DEAD");
        theJournalStillVerifies();
    }

    private static void theJournalStillVerifies() throws SQLException {
        long written = TestData.count("journal_entry");
        String dpo = Keycloak.token("dpo.saumur");
        JsonNode integrity = await("every entry so far sealed")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Http.json(Http.get(Http.api("/journal/integrity"), dpo)),
                        i -> !i.path("ok").asBoolean()
                                || i.path("entriesVerified").asLong() >= written);
        assertThat(integrity.path("ok").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.has("firstBadPosition")).isFalse();
    }
}
