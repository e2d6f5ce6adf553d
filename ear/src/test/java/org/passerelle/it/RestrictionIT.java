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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S15 end to end (issue 14): the DPO finds an usager by ids only and restricts a dossier (GDPR
 * art. 18); every read but the DPO's answers 423, journaled — référent, team, reception,
 * break-glass, the partner's recipient — and its deliveries to a partner system wait, neither failed
 * nor dead, until the DPO lifts it; then all of them read again and the delivery leaves.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on fast delivery retries")
class RestrictionIT {

    private static final String AGENT = "agent.saumur";
    private static final String RECEPTION = "accueil.saumur";
    private static final String DPO = "dpo.saumur";
    private static final String CPAM = "cpam.conseiller";
    private static final String REASON = "Demande de limitation RGPD art. 18, exactitude contestée";
    private static final String BREAK_GLASS_REASON = "Référent absent, usager reçu en urgence à l'accueil";

    /** The CAF's convention for access to rights, over HTTPS to the simulator, for the delivery test. */
    private static final String CAF = "caf-49";

    private static final String CAF_CADRE = "SOCIAL_ACTION";
    private static final String CAF_PURPOSE = "acces-aux-droits";

    @BeforeAll
    static void connectTheCaf() {
        Simulator.behave(CAF, Map.of("replies", List.of(), "down", false));
        Simulator.connect(
                CAF,
                CAF_CADRE,
                CAF_PURPOSE,
                "HTTPS",
                Simulator.https("/caf/orientations").toString());
    }

    @AfterAll
    static void backToTheInbox() {
        Simulator.behave(CAF, Map.of("replies", List.of("ACKNOWLEDGE"), "down", false));
        Simulator.disconnect(CAF, CAF_CADRE, CAF_PURPOSE);
    }

    private record Usager(String personId, String caseId, String lastName, String nir) {}

    /** An usager of Saumur with a dossier followed by agent.saumur and the given team. */
    private static Usager usager(List<String> team) {
        String lastName = TestData.unique("Limoges");
        String nir = TestData.nir();
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, nir))
                .path("id")
                .asText();
        Map<String, Object> situation = new HashMap<>();
        situation.put("resources", "Revenu de solidarité " + TestData.unique(""));
        situation.put("healthNotes", "Suivi cardiologique " + TestData.unique(""));
        String caseId =
                TestData.openCase(AGENT, personId, team, situation).path("id").asText();
        return new Usager(personId, caseId, lastName, nir);
    }

    private static HttpResponse<String> restrict(String username, String caseId, Object body) {
        return Http.send("PUT", Http.api("/cases/" + caseId + "/restriction"), Keycloak.token(username), body);
    }

    private static HttpResponse<String> lift(String username, String caseId) {
        return Http.send("DELETE", Http.api("/cases/" + caseId + "/restriction"), Keycloak.token(username), null);
    }

    /** An orientation to the CPAM (inbox) under consent, sent and accepted by cpam.conseiller. */
    private static String acceptedByTheCpam(Usager u) {
        TestData.recordPriorNotice(AGENT, u.personId(), "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        TestData.recordConsent(
                AGENT, u.personId(), "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String id = drafted(u, "cpam-49", "HEALTH", "acces-aux-soins", List.of("person.lastName", "case.healthNotes"));
        HttpResponse<String> accepted =
                Http.send("POST", Http.api("/partner/referrals/" + id + "/accept"), Keycloak.token(CPAM), Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    /** An orientation drafted and sent by agent.saumur; returns its id. */
    private static String drafted(Usager u, String partner, String cadre, String purpose, List<String> fields) {
        Map<String, Object> body = TestData.draftBody(u.caseId(), partner, cadre, purpose, fields);
        HttpResponse<String> created = Http.send("POST", Http.api("/referrals"), Keycloak.token(AGENT), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();
        HttpResponse<String> sent =
                Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token(AGENT), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return id;
    }

    /** A read refused because the dossier is restricted: 423 problem+json, and its one journal entry says so. */
    private static JournalIT.Entry assertRestricted(HttpResponse<String> response) {
        JsonNode problem = Http.assertProblem(response, 423);
        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:restricted");
        JournalIT.Entry entry = JournalIT.onlyEntryOf(response, 423);
        assertThat(entry.outcome()).as("journal of %s", response.uri()).isEqualTo("RESTRICTED");
        assertThat(entry.reasonCode()).isEqualTo("restricted");
        return entry;
    }

    private static List<String> inboxIds(String username) {
        HttpResponse<String> inbox = Http.get(Http.api("/partner/referrals"), Keycloak.token(username));
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        return Http.json(inbox).findValuesAsText("id");
    }

    @Test
    void whileRestrictedEveryReadButTheDposIsRefusedAndJournaledThenAllReadAgainOnceLifted() {
        String colleague = Keycloak.createUser("ccas-saumur", "ccas-agent");
        Usager u = usager(List.of(colleague));
        String referralId = acceptedByTheCpam(u);
        String glass = Keycloak.createUser("ccas-saumur", "ccas-agent");
        HttpResponse<String> opened = Http.send(
                "POST",
                Http.api("/cases/" + u.caseId() + "/break-glass"),
                Keycloak.token(glass),
                Map.of("reason", BREAK_GLASS_REASON));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String lateGlass = Keycloak.createUser("ccas-saumur", "ccas-agent");
        List<Runnable> everyReadSucceeds = List.of(
                () -> assertThat(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(AGENT))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(Http.get(Http.api("/persons/" + u.personId()), Keycloak.token(AGENT))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(colleague))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(Http.get(Http.api("/persons/" + u.personId()), Keycloak.token(RECEPTION))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(glass))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(Http.get(Http.api("/referrals/" + referralId), Keycloak.token(AGENT))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(Http.get(Http.api("/partner/referrals/" + referralId), Keycloak.token(CPAM))
                                .statusCode())
                        .isEqualTo(200),
                () -> assertThat(inboxIds(CPAM)).contains(referralId));
        everyReadSucceeds.forEach(Runnable::run);

        HttpResponse<String> restricted = restrict(DPO, u.caseId(), Map.of("reason", REASON));

        assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(200);
        JsonNode restriction = Http.json(restricted);
        assertThat(restriction.path("restricted").asBoolean()).isTrue();
        assertThat(restriction.path("restrictedBy").asText()).isEqualTo(DPO);
        assertThat(restriction.path("reason").asText()).isEqualTo(REASON);
        assertThat(restriction.path("restrictedAt").asText()).isNotBlank();
        JournalIT.Entry set = JournalIT.onlyEntryOf(restricted, 200);
        assertThat(set.action()).isEqualTo("RESTRICT");
        assertThat(set.outcome()).isEqualTo("ALLOW");
        assertThat(set.caseFileId()).isEqualTo(u.caseId());
        assertThat(set.fields()).as("the act, never the reason").isEmpty();

        // The référent and the team: the dossier, its notes, the usager, the orientation.
        assertThat(assertRestricted(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(AGENT)))
                        .caseFileId())
                .isEqualTo(u.caseId());
        assertRestricted(Http.get(Http.api("/cases/" + u.caseId() + "/notes"), Keycloak.token(AGENT)));
        assertThat(assertRestricted(Http.get(Http.api("/persons/" + u.personId()), Keycloak.token(AGENT)))
                        .personId())
                .isEqualTo(u.personId());
        assertRestricted(Http.get(Http.api("/referrals/" + referralId), Keycloak.token(AGENT)));
        assertRestricted(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(colleague)));
        // Reception, break-glass already open, break-glass asked for now.
        assertRestricted(Http.get(Http.api("/persons/" + u.personId()), Keycloak.token(RECEPTION)));
        JournalIT.Entry throughGlass =
                assertRestricted(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(glass)));
        assertThat(throughGlass.caseFileId()).isEqualTo(u.caseId());
        JournalIT.Entry newGlass = assertRestricted(Http.send(
                "POST",
                Http.api("/cases/" + u.caseId() + "/break-glass"),
                Keycloak.token(lateGlass),
                Map.of("reason", BREAK_GLASS_REASON)));
        assertThat(newGlass.action()).isEqualTo("BREAK_GLASS");
        // The partner that accepted it: no shared view, no move, not in the inbox.
        JournalIT.Entry partnerRead =
                assertRestricted(Http.get(Http.api("/partner/referrals/" + referralId), Keycloak.token(CPAM)));
        assertThat(partnerRead.action()).isEqualTo("READ");
        assertThat(partnerRead.caseFileId()).isEqualTo(u.caseId());
        assertThat(assertRestricted(Http.send(
                                "POST",
                                Http.api("/partner/referrals/" + referralId + "/start"),
                                Keycloak.token(CPAM),
                                Map.of()))
                        .action())
                .isEqualTo("UPDATE");
        assertRestricted(Http.send(
                "POST",
                Http.api("/partner/referrals/" + referralId + "/messages"),
                Keycloak.token(CPAM),
                Map.of("message", "Pouvez-vous préciser ?")));
        assertThat(inboxIds(CPAM)).doesNotContain(referralId);
        // The DPO still produces the usager's access report.
        HttpResponse<String> report =
                Http.send("POST", Http.api("/access-reports"), Keycloak.token(DPO), Map.of("personId", u.personId()));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);

        // Twice: the first restriction and its reason stand.
        HttpResponse<String> again = restrict(DPO, u.caseId(), Map.of("reason", "Une autre demande de limitation"));
        assertThat(Http.assertProblem(again, 409).path("type").asText())
                .isEqualTo("urn:problem-type:passerelle:already-restricted");
        JournalIT.Entry twice = JournalIT.onlyEntryOf(again, 409);
        assertThat(twice.action()).isEqualTo("RESTRICT");
        assertThat(twice.reasonCode()).isEqualTo("already-restricted");

        HttpResponse<String> lifted = lift(DPO, u.caseId());

        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        JsonNode afterLift = Http.json(lifted);
        assertThat(afterLift.path("restricted").asBoolean()).isFalse();
        assertThat(afterLift.path("liftedBy").asText()).isEqualTo(DPO);
        assertThat(afterLift.path("restrictedBy").asText()).as("kept on record").isEqualTo(DPO);
        assertThat(JournalIT.onlyEntryOf(lifted, 200).action()).isEqualTo("LIFT_RESTRICTION");
        everyReadSucceeds.forEach(Runnable::run);
        assertThat(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(lateGlass))
                        .statusCode())
                .as("break-glass refused while restricted opened nothing")
                .isEqualTo(403);
        Http.assertProblem(lift(DPO, u.caseId()), 409);

        // The dossier's history shows who restricted and lifted it.
        HttpResponse<String> history = Http.get(Http.api("/cases/" + u.caseId() + "/history"), Keycloak.token(AGENT));
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        List<String> restrictionChanges = new ArrayList<>();
        for (JsonNode change : Http.json(history)) {
            boolean restrictionChanged = change.path("changed").toString().contains("case.restricted");
            if (change.path("kind").asText().equals("MOD") && restrictionChanged) {
                restrictionChanges.add(change.path("username").asText());
            }
        }
        assertThat(restrictionChanges).containsExactly(DPO, DPO);
    }

    @Test
    void onlyTheDpoOfTheDossiersCcasRestrictsOrLiftsAndEveryRefusalIsJournaled() {
        Usager u = usager(List.of());
        for (String username : List.of(AGENT, RECEPTION, "caf.instructeur", "admin.passerelle")) {
            HttpResponse<String> refused = restrict(username, u.caseId(), Map.of("reason", REASON));
            Http.assertProblem(refused, 403);
            JournalIT.Entry entry = JournalIT.onlyEntryOf(refused, 403);
            assertThat(entry.action()).isEqualTo("RESTRICT");
            assertThat(entry.outcome()).isEqualTo("FORBIDDEN");
            assertThat(entry.caseFileId()).isEqualTo(u.caseId());
            Http.assertProblem(lift(username, u.caseId()), 403);
        }
        String vitreDpo = Keycloak.createUser("ccas-vitre", "auditor");
        HttpResponse<String> otherCcas = restrict(vitreDpo, u.caseId(), Map.of("reason", REASON));
        Http.assertProblem(otherCcas, 404);
        JournalIT.Entry elsewhere = JournalIT.onlyEntryOf(otherCcas, 404);
        assertThat(elsewhere.outcome()).isEqualTo("NOT_FOUND");
        assertThat(elsewhere.reasonCode()).isEqualTo("other-organisation");
        Http.assertProblem(lift(vitreDpo, u.caseId()), 404);

        Http.assertProblem(restrict(DPO, u.caseId(), Map.of("reason", "trop court")), 422);
        Http.assertProblem(restrict(DPO, u.caseId(), Map.of()), 422);
        Http.assertProblem(restrict(DPO, u.caseId(), null), 415);
        Http.assertProblem(restrict(DPO, u.caseId(), Map.of("reason", "x".repeat(501))), 422);
        Http.assertProblem(restrict(DPO, UUID.randomUUID().toString(), Map.of("reason", REASON)), 404);
        Http.assertProblem(lift(DPO, u.caseId()), 409);
        assertThat(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(AGENT))
                        .statusCode())
                .as("nothing was restricted")
                .isEqualTo(200);
    }

    @Test
    void theDpoFindsAnUsagerByNirOrNameAndGetsIdsOnly() {
        Usager u = usager(List.of());
        String secondCase = TestData.openCase(AGENT, u.personId(), List.of(), new HashMap<>())
                .path("id")
                .asText();
        assertThat(restrict(DPO, u.caseId(), Map.of("reason", REASON)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> byNir =
                Http.send("POST", Http.api("/persons/search"), Keycloak.token(DPO), Map.of("nir", u.nir()));
        HttpResponse<String> byName = Http.send(
                "POST",
                Http.api("/persons/search"),
                Keycloak.token(DPO),
                Map.of("lastName", u.lastName(), "firstNames", "Élodie Marie", "birthDate", "1984-03-12"));

        for (HttpResponse<String> found : List.of(byNir, byName)) {
            assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
            JsonNode usagers = Http.json(found);
            assertThat(usagers).hasSize(1);
            JsonNode usager = usagers.get(0);
            List<String> keys = new ArrayList<>();
            usager.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("personId", "caseFiles");
            assertThat(usager.path("personId").asText()).isEqualTo(u.personId());
            Map<String, Boolean> dossiers = new HashMap<>();
            usager.path("caseFiles").forEach(c -> {
                List<String> caseKeys = new ArrayList<>();
                c.fieldNames().forEachRemaining(caseKeys::add);
                assertThat(caseKeys).containsExactly("caseFileId", "restricted");
                dossiers.put(c.path("caseFileId").asText(), c.path("restricted").asBoolean());
            });
            assertThat(dossiers).isEqualTo(Map.of(u.caseId(), true, secondCase, false));
            assertThat(found.body())
                    .doesNotContain(u.lastName())
                    .doesNotContain("Élodie")
                    .doesNotContain(u.nir());
            JournalIT.Entry entry = JournalIT.onlyEntryOf(found, 200);
            assertThat(entry.action()).isEqualTo("AUDIT");
            assertThat(entry.reasonCode()).isEqualTo("usager-search");
            assertThat(entry.personId()).isEqualTo(u.personId());
        }
        assertThat(JournalIT.onlyEntryOf(byNir, 200).fields()).isEqualTo("person.nir");

        HttpResponse<String> nobody =
                Http.send("POST", Http.api("/persons/search"), Keycloak.token(DPO), Map.of("nir", TestData.nir()));
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(200);
        assertThat(Http.json(nobody)).isEmpty();
        assertThat(JournalIT.onlyEntryOf(nobody, 200).reasonCode()).isEqualTo("no-match");
        HttpResponse<String> vitre = Http.send(
                "POST",
                Http.api("/persons/search"),
                Keycloak.token(Keycloak.createUser("ccas-vitre", "auditor")),
                Map.of("nir", u.nir()));
        assertThat(vitre.statusCode()).as(vitre.body()).isEqualTo(200);
        assertThat(Http.json(vitre)).as("another CCAS's DPO finds nobody").isEmpty();
        Http.assertProblem(
                Http.send("POST", Http.api("/persons/search"), Keycloak.token(DPO), Map.of("nir", "123")), 422);
        Http.assertProblem(
                Http.send("POST", Http.api("/persons/search"), Keycloak.token(DPO), Map.of("lastName", u.lastName())),
                422);

        // CCAS staff keep their search: the usager listed, but not openable while a dossier is restricted.
        HttpResponse<String> staff =
                Http.send("POST", Http.api("/persons/search"), Keycloak.token(AGENT), Map.of("nir", u.nir()));
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
        assertThat(Http.json(staff).get(0).path("accessible").asBoolean()).isFalse();
        assertThat(Http.json(staff).get(0).path("lastName").isMissingNode()).isTrue();
        assertThat(lift(DPO, u.caseId()).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeliveryQueuedToThePartnerWaitsWhileRestrictedWithoutSpendingAttemptsAndLeavesOnceLifted()
            throws SQLException {
        Usager u = usager(List.of());
        TestData.recordPriorNotice(AGENT, u.personId(), CAF, List.of("IDENTITY", "CONTACT", "RESOURCES"));
        Simulator.behave(CAF, Map.of("replies", List.of(), "down", true));
        String id;
        Delivery waiting;
        try {
            id = drafted(u, CAF, CAF_CADRE, CAF_PURPOSE, List.of("person.lastName", "case.resources"));
            await("a failed attempt while the CAF is down")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> delivery(id).attempts() >= 1);

            assertThat(restrict(DPO, u.caseId(), Map.of("reason", REASON)).statusCode())
                    .isEqualTo(200);
            // An attempt that had started before the restriction committed ends at once against a partner down.
            pause(Duration.ofSeconds(2));
            waiting = delivery(id);
        } finally {
            Simulator.behave(CAF, Map.of("down", false));
        }
        long sharesBefore = shares(id);
        // Backoff is at most 2 s in the tests: without S15 the CAF would have it well within this.
        pause(Duration.ofSeconds(6));

        Delivery stillWaiting = delivery(id);
        assertThat(stillWaiting.state()).isEqualTo("PENDING");
        assertThat(stillWaiting.attempts())
                .as("no attempt spent while restricted")
                .isEqualTo(waiting.attempts());
        assertThat(Simulator.ledgerOf(id)).as("nothing reached the CAF").isEmpty();
        assertThat(shares(id))
                .as("nothing disclosed, so nothing journaled as shared")
                .isEqualTo(sharesBefore);

        assertThat(lift(DPO, u.caseId()).statusCode()).isEqualTo(200);

        await("the orientation at the CAF once lifted")
                .atMost(Duration.ofSeconds(30))
                .until(() -> delivery(id).state().equals("DELIVERED"));
        assertThat(Simulator.ledgerOf(id)).hasSize(1);
        assertThat(Simulator.ledgerOf(id).getFirst().path("kind").asText()).isEqualTo("ORIENTATION");
        assertThat(delivery(id).attempts()).isEqualTo(waiting.attempts() + 1);
    }

    private record Delivery(String state, int attempts) {}

    private static Delivery delivery(String referralId) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select state, attempts from outbox_message where referral_id = ?::uuid and kind = 'ORIENTATION'")) {
            s.setString(1, referralId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the orientation's outbox message").isTrue();
                return new Delivery(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long shares(String referralId) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from journal_entry where referral_id = ?::uuid and action = 'SHARE'"
                                + " and outcome = 'ALLOW' and username = 'system:partner-delivery'")) {
            s.setString(1, referralId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Waiting is the point here: a restricted delivery must not leave during this time. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
