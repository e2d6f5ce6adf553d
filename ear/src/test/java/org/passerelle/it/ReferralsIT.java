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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orientations end to end (DESIGN §4, S1-S5, S7): an agent drafts, previews and sends; the
 * partner's caseworkers see the triage view, then the named recipient sees exactly the shared
 * fields; access ends with the orientation, the dossier or the consent; the timers remind and expire.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on 1-second days (reminder and expiry)")
class ReferralsIT {

    private static final String AGENT = "agent.saumur";
    private static final String CPAM = "cpam.conseiller";
    private static final String CAF = "caf.instructeur";
    private static final List<String> CPAM_PICK =
            List.of("case.healthNotes", "person.lastName", "person.firstNames", "person.phone");

    /** An usager of Saumur with a dossier followed by agent.saumur. */
    private record Usager(String personId, String caseId, String lastName) {}

    private static Usager usager() {
        String lastName = TestData.unique("Moreau");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        Map<String, Object> situation = new HashMap<>();
        situation.put("healthNotes", "Diabète, renoncement aux soins " + TestData.unique(""));
        situation.put("resources", "Allocation de solidarité " + TestData.unique(""));
        situation.put("housing", "Locataire HLM " + TestData.unique(""));
        String caseId = TestData.openCase(AGENT, personId, List.of(), situation)
                .path("id")
                .asText();
        return new Usager(personId, caseId, lastName);
    }

    private static void priorNotice(Usager u, String partner, List<String> categories) {
        TestData.recordPriorNotice(AGENT, u.personId(), partner, categories);
    }

    private static String consent(Usager u, String partner, String purpose, List<String> categories) {
        return TestData.recordConsent(AGENT, u.personId(), partner, purpose, categories);
    }

    private static Map<String, Object> draftBody(
            Usager u, String partner, String cadre, String purpose, List<String> fields) {
        String reason = "Besoin d'un accompagnement " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(reason);
        Map<String, Object> body = new HashMap<>();
        body.put("caseFileId", u.caseId());
        body.put("partner", partner);
        body.put("cadre", cadre);
        body.put("purpose", purpose);
        body.put("reason", reason);
        // NORMAL: with 1-second days an URGENT one would be reminded and escalated within seconds.
        body.put("urgency", "NORMAL");
        body.put("fields", fields);
        return body;
    }

    private static HttpResponse<String> draft(Map<String, Object> body) {
        return Http.send("POST", Http.api("/referrals"), Keycloak.token(AGENT), body);
    }

    private static String drafted(Usager u, String partner, String cadre, String purpose, List<String> fields) {
        HttpResponse<String> created = draft(draftBody(u, partner, cadre, purpose, fields));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).path("status").asText()).isEqualTo("DRAFT");
        return Http.json(created).path("id").asText();
    }

    /** A CPAM orientation for health access, with its prior notice and consent, sent. */
    private static String sentToCpam(Usager u) {
        priorNotice(u, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        consent(u, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String id = drafted(u, "cpam-49", "HEALTH", "acces-aux-soins", CPAM_PICK);
        HttpResponse<String> sent = send(id);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return id;
    }

    private static HttpResponse<String> send(String id) {
        return Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token(AGENT), null);
    }

    private static HttpResponse<String> partner(String username, String id, String transition, Object body) {
        return Http.send(
                "POST",
                Http.api("/partner/referrals/" + id + "/" + transition),
                Keycloak.token(username),
                body == null ? Map.of() : body);
    }

    private static HttpResponse<String> partnerRead(String username, String id) {
        return Http.get(Http.api("/partner/referrals/" + id), Keycloak.token(username));
    }

    private static JsonNode asAgent(String id) {
        return asAgent(id, Keycloak.token(AGENT));
    }

    private static JsonNode asAgent(String id, String token) {
        HttpResponse<String> read = Http.get(Http.api("/referrals/" + id), token);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Http.json(read);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The journal entry of a request, with the orientation's columns. */
    record Entry(
            String action,
            String outcome,
            String reasonCode,
            String fields,
            String referralId,
            String cadre,
            String purpose) {}

    private static Entry onlyEntry(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select action, outcome, reason_code, fields, referral_id, cadre, purpose from journal_entry"
                                + " where request_id = ? order by id")) {
            s.setString(1, requestId);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7)));
                }
            }
            assertThat(entries).as("entries of %s", response.uri()).hasSize(1);
            return entries.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOrientationToTheCpamSharesExactlyWhatWasPickedWithTheRecipientOnly() {
        Usager u = usager();
        String id = sentToCpam(u);
        JsonNode sent = asAgent(id);
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("remindAt").isMissingNode()).isFalse();
        assertThat(sent.path("pickedFields"))
                .extracting(JsonNode::asText)
                .as("catalogue order")
                .containsExactly("person.lastName", "person.firstNames", "person.phone", "case.healthNotes");

        // S2: before acceptance, the triage view only, and no personal field.
        HttpResponse<String> inbox = Http.get(Http.api("/partner/referrals"), Keycloak.token(CPAM));
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode item : Http.json(inbox)) {
            if (item.path("id").asText().equals(id)) {
                mine = item;
            }
        }
        assertThat(mine).as("in the CPAM inbox").isNotNull();
        assertThat(mine.path("shared").isMissingNode()).isTrue();
        assertThat(mine.path("reason").asText()).startsWith("Besoin d'un accompagnement");
        assertThat(mine.path("sendingOrganisationName").asText()).isEqualTo("CCAS de Saumur");
        assertThat(mine.path("urgency").asText()).isEqualTo("NORMAL");
        HttpResponse<String> triage = partnerRead(CPAM, id);
        Entry triageEntry = onlyEntry(triage, 200);
        assertThat(triageEntry.fields()).isEqualTo("referral.reason");
        assertThat(triage.body()).doesNotContain(u.lastName()).doesNotContain("Diabète");
        assertThat(Http.json(triage).path("shared").isMissingNode()).isTrue();
        assertThat(Http.json(triage).path("availableTransitions"))
                .extracting(JsonNode::asText)
                .contains("ACCEPT", "REJECT");

        // A caseworker of another organisation must not learn it exists.
        Http.assertProblem(partnerRead(CAF, id), 404);
        Http.assertProblem(partner(CAF, id, "accept", null), 404);
        assertThat(Http.json(Http.get(Http.api("/partner/referrals"), Keycloak.token(CAF)))
                        .findValuesAsText("id"))
                .doesNotContain(id);

        HttpResponse<String> accepted = partner(CPAM, id, "accept", null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Http.json(accepted).path("recipient").asText()).isEqualTo(CPAM);
        Http.assertProblem(partner(CPAM, id, "accept", null), 409);

        // S3: exactly picked ∩ allowed ∩ consented, each read journaled with its cadre and purpose.
        HttpResponse<String> read = partnerRead(CPAM, id);
        Entry readEntry = onlyEntry(read, 200);
        JsonNode shared = Http.json(read).path("shared");
        assertThat(texts(shared.path("visibleFields")))
                .containsExactly("person.lastName", "person.firstNames", "person.phone", "case.healthNotes");
        assertThat(keys(shared.path("fields")))
                .containsExactly("person.lastName", "person.firstNames", "person.phone", "case.healthNotes");
        assertThat(shared.path("fields").path("person.lastName").asText()).isEqualTo(u.lastName());
        assertThat(shared.path("fields").path("case.healthNotes").asText()).startsWith("Diabète");
        assertThat(readEntry.action()).isEqualTo("READ");
        assertThat(readEntry.referralId()).isEqualTo(id);
        assertThat(readEntry.cadre()).isEqualTo("HEALTH");
        assertThat(readEntry.purpose()).isEqualTo("acces-aux-soins");
        assertThat(readEntry.fields())
                .isEqualTo("case.healthNotes,person.firstNames,person.lastName,person.phone,referral.reason");

        // A field outside the orientation, or the dossier itself: 403 and a refused entry.
        Entry outside = onlyEntry(
                Http.get(Http.api("/partner/referrals/" + id + "?fields=case.resources"), Keycloak.token(CPAM)), 403);
        assertThat(outside.outcome()).isEqualTo("FORBIDDEN");
        assertThat(outside.reasonCode()).isEqualTo("field-not-shared");
        assertThat(outside.fields()).isEqualTo("case.resources");
        assertThat(onlyEntry(Http.get(Http.api("/cases/" + u.caseId()), Keycloak.token(CPAM)), 403)
                        .outcome())
                .isEqualTo("FORBIDDEN");
        Http.assertProblem(Http.get(Http.api("/persons/" + u.personId()), Keycloak.token(CPAM)), 403);
        HttpResponse<String> narrowed =
                Http.get(Http.api("/partner/referrals/" + id + "?fields=person.lastName"), Keycloak.token(CPAM));
        assertThat(keys(Http.json(narrowed).path("shared").path("fields"))).containsExactly("person.lastName");

        // Progress and outcome, by the recipient; the outcome and the timeline shown to the sender.
        assertThat(partner(CPAM, id, "start", null).statusCode()).isEqualTo(200);
        String message = "Complémentaire santé ouverte " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(message);
        Entry completed = onlyEntry(
                partner(CPAM, id, "complete", Map.of("reasonCode", "DROITS_OUVERTS", "message", message)), 200);
        assertThat(completed.action()).isEqualTo("UPDATE");
        assertThat(completed.fields()).isEqualTo("referral.message");
        Entry ended = onlyEntry(partnerRead(CPAM, id), 403);
        assertThat(ended.reasonCode()).isEqualTo("access-ended");

        JsonNode done = asAgent(id);
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("outcomeCode").asText()).isEqualTo("DROITS_OUVERTS");
        assertThat(done.path("recipient").asText()).isEqualTo(CPAM);
        List<String> kinds = new ArrayList<>();
        done.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds).containsExactly("CREATE", "SEND", "ACCEPT", "START", "COMPLETE");
        JsonNode last = done.path("timeline").get(4);
        assertThat(last.path("username").asText()).isEqualTo(CPAM);
        assertThat(last.path("organisation").asText()).isEqualTo("cpam-49");
        assertThat(last.path("message").asText()).isEqualTo(message);

        JsonNode list = Http.json(Http.get(Http.api("/referrals"), Keycloak.token(AGENT)));
        assertThat(list.findValuesAsText("id")).contains(id);
    }

    @Test
    void thePreviewIsWhatTheRecipientWillSee() {
        Usager u = usager();
        priorNotice(u, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        consent(u, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String id = drafted(u, "cpam-49", "HEALTH", "acces-aux-soins", CPAM_PICK);

        HttpResponse<String> preview = Http.get(Http.api("/referrals/" + id + "/preview"), Keycloak.token(AGENT));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode previewed = Http.json(preview).path("shared");
        assertThat(send(id).statusCode()).isEqualTo(200);
        assertThat(partner(CPAM, id, "accept", null).statusCode()).isEqualTo(200);
        JsonNode seen = Http.json(partnerRead(CPAM, id)).path("shared");

        assertThat(previewed).isEqualTo(seen);
    }

    @Test
    void healthForTheCafAFieldOutsideTheConventionOrNoCadreIsRefused() {
        Usager u = usager();
        long before = TestData.count("referral");

        JsonNode health = Http.assertProblem(
                draft(draftBody(
                        u,
                        "caf-49",
                        "SOCIAL_ACTION",
                        "acces-aux-droits",
                        List.of("person.lastName", "case.healthNotes"))),
                422);
        assertThat(health.path("errors").toString()).contains("fields[case.healthNotes]", "health-never-to-caf");
        JsonNode outside = Http.assertProblem(
                draft(draftBody(
                        u, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", List.of("person.lastName", "person.nir"))),
                422);
        assertThat(outside.path("errors").toString()).contains("fields[person.nir]", "outside-convention");
        JsonNode noCadre = Http.assertProblem(
                draft(draftBody(u, "caf-49", null, "acces-aux-droits", List.of("person.lastName"))), 422);
        assertThat(noCadre.path("errors").toString()).contains("cadre", "no-cadre");
        JsonNode text = Http.assertProblem(
                draft(draftBody(
                        u,
                        "caf-49",
                        "SOCIAL_ACTION",
                        "acces-aux-droits",
                        List.of("person.lastName", "referral.reason"))),
                422);
        assertThat(text.path("errors").toString()).contains("not-shareable");
        Http.assertProblem(
                draft(draftBody(u, "caf-49", "HEALTH", "acces-aux-droits", List.of("person.lastName"))), 422);
        Http.assertProblem(draft(draftBody(u, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", List.of())), 422);
        Http.assertProblem(
                draft(draftBody(u, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", List.of("person.bloodType"))), 422);

        assertThat(TestData.count("referral")).isEqualTo(before);
    }

    @Test
    void sendingNeedsThePriorNoticeThenTheConsent() {
        Usager u = usager();
        String id = drafted(u, "cpam-49", "HEALTH", "acces-aux-soins", CPAM_PICK);

        JsonNode noNotice = Http.assertProblem(send(id), 409);
        assertThat(noNotice.path("type").asText()).endsWith(":prior-notice-missing");
        priorNotice(u, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        JsonNode noConsent = Http.assertProblem(send(id), 409);
        assertThat(noConsent.path("type").asText()).endsWith(":consent-missing");
        consent(u, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "HEALTH"));
        Http.assertProblem(send(id), 409);
        consent(u, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));

        Entry shared = onlyEntry(send(id), 200);
        assertThat(shared.action()).isEqualTo("SHARE");
        assertThat(shared.cadre()).isEqualTo("HEALTH");
        assertThat(shared.purpose()).isEqualTo("acces-aux-soins");
        assertThat(shared.fields()).isEqualTo("case.healthNotes,person.firstNames,person.lastName,person.phone");
        Http.assertProblem(send(id), 409);
        assertThat(asAgent(id).path("status").asText()).isEqualTo("SENT");
    }

    @Test
    void withdrawingTheConsentCancelsTheOpenOrientationAndEndsPartnerReads() {
        Usager u = usager();
        priorNotice(u, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String consentId = consent(u, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
        String id = drafted(u, "cpam-49", "HEALTH", "acces-aux-soins", CPAM_PICK);
        assertThat(send(id).statusCode()).isEqualTo(200);
        assertThat(partner(CPAM, id, "accept", null).statusCode()).isEqualTo(200);
        assertThat(partnerRead(CPAM, id).statusCode()).isEqualTo(200);

        HttpResponse<String> withdrawn = Http.send(
                "POST",
                Http.api("/consents/" + consentId + "/withdrawal"),
                Keycloak.token(AGENT),
                Map.of("reason", "USAGER_WITHDREW"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        JsonNode cancelled = asAgent(id);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        JsonNode last =
                cancelled.path("timeline").get(cancelled.path("timeline").size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("CANCEL");
        assertThat(last.path("reasonCode").asText()).isEqualTo("consent-withdrawn");
        assertThat(onlyEntry(partnerRead(CPAM, id), 403).outcome()).isEqualTo("FORBIDDEN");
        Http.assertProblem(partner(CPAM, id, "complete", Map.of("reasonCode", "DROITS_OUVERTS")), 409);
    }

    @Test
    void closingTheDossierEndsPartnerReads() {
        Usager u = usager();
        String id = sentToCpam(u);
        assertThat(partner(CPAM, id, "accept", null).statusCode()).isEqualTo(200);
        assertThat(partnerRead(CPAM, id).statusCode()).isEqualTo(200);

        String agent = Keycloak.token(AGENT);
        String etag = Http.get(Http.api("/cases/" + u.caseId()), agent)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(Http.send("POST", Http.api("/cases/" + u.caseId() + "/close"), agent, null, "If-Match", etag)
                        .statusCode())
                .isEqualTo(200);

        // Closing cancelled the orientation (S7): the partner's access ended with it.
        JsonNode cancelled = asAgent(id);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("timeline").findValuesAsText("reasonCode")).contains("case-closed");
        Entry refused = onlyEntry(partnerRead(CPAM, id), 403);
        assertThat(refused.reasonCode()).isEqualTo("access-ended");
        assertThat(refused.referralId()).isEqualTo(id);
    }

    @Test
    void aRejectionNeedsOneOfTheConventionsReasonsAndAMessageAndIsShownToTheSender() {
        Usager u = usager();
        String id = sentToCpam(u);
        String why = "Personne déjà suivie par notre antenne";

        JsonNode bad =
                Http.assertProblem(partner(CPAM, id, "reject", Map.of("reasonCode", "PAS_ENVIE", "message", why)), 422);
        assertThat(bad.path("errors").get(0).path("field").asText()).isEqualTo("reasonCode");
        Http.assertProblem(partner(CPAM, id, "reject", Map.of()), 422);
        // DESIGN §4: a coded reason and a message.
        for (Map<String, String> silent :
                List.of(Map.of("reasonCode", "DEJA_SUIVI"), Map.of("reasonCode", "DEJA_SUIVI", "message", " \n\t "))) {
            JsonNode noMessage = Http.assertProblem(partner(CPAM, id, "reject", silent), 422);
            assertThat(noMessage.path("errors").get(0).path("field").asText()).isEqualTo("message");
        }
        assertThat(asAgent(id).path("status").asText()).isEqualTo("SENT");
        assertThat(partner(CPAM, id, "acknowledge", null).statusCode()).isEqualTo(200);
        HttpResponse<String> rejected = partner(CPAM, id, "reject", Map.of("reasonCode", "DEJA_SUIVI", "message", why));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        JsonNode seen = asAgent(id);
        assertThat(seen.path("status").asText()).isEqualTo("REJECTED");
        assertThat(seen.path("rejectionCode").asText()).isEqualTo("DEJA_SUIVI");
        Http.assertProblem(partnerRead(CPAM, id), 403);
        Http.assertProblem(
                Http.send("POST", Http.api("/referrals/" + id + "/cancel"), Keycloak.token(AGENT), Map.of()), 409);
    }

    @Test
    void onlyThoseWhoFollowTheDossierWorkOnItsOrientations() {
        Usager u = usager();
        String id = drafted(u, "cpam-49", "HEALTH", "acces-aux-soins", CPAM_PICK);

        Http.assertProblem(Http.get(Http.api("/referrals/" + id), Keycloak.token("agent.vitre")), 404);
        String unassigned = Keycloak.token(Keycloak.createUser("ccas-saumur", "ccas-agent"));
        Http.assertProblem(Http.get(Http.api("/referrals/" + id), unassigned), 403);
        Http.assertProblem(Http.send("POST", Http.api("/referrals/" + id + "/send"), unassigned, null), 403);
        Http.assertProblem(Http.get(Http.api("/referrals/" + id + "/preview"), unassigned), 403);
        Http.assertProblem(Http.get(Http.api("/referrals/" + id), Keycloak.token("accueil.saumur")), 403);
        Http.assertProblem(Http.get(Http.api("/referrals/" + id), Keycloak.token(CPAM)), 403);
        Http.assertProblem(Http.get(Http.api("/partner/referrals"), Keycloak.token(AGENT)), 403);
        // S2: an unsent draft does not exist for its partner.
        Http.assertProblem(partnerRead(CPAM, id), 404);
        Http.assertProblem(partner(CPAM, id, "accept", null), 404);
        Http.assertProblem(partner(CPAM, id, "send", null), 404);

        HttpResponse<String> cancelled = Http.send(
                "POST",
                Http.api("/referrals/" + id + "/cancel"),
                Keycloak.token(AGENT),
                Map.of("reasonCode", "SAISIE_ERRONEE"));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Http.json(cancelled).path("status").asText()).isEqualTo("CANCELLED");
    }

    /** Information asked by the partner and given by the sender, as messages on the timeline both sides read. */
    @Test
    void informationIsAskedAndGivenOnTheTimeline() {
        Usager u = usager();
        String id = sentToCpam(u);
        String question = "Merci de préciser la situation " + TestData.unique("");
        String answer = "Précisions apportées " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(question);
        TestData.PLAINTEXTS_USED.add(answer);

        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/partner/referrals/" + id + "/messages"),
                        Keycloak.token(CPAM),
                        Map.of("reasonCode", "INFORMATION_REQUEST")),
                422);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/partner/referrals/" + id + "/messages"),
                        Keycloak.token(CAF),
                        Map.of("message", question)),
                404);
        Entry asked = onlyEntry(
                Http.send(
                        "POST",
                        Http.api("/partner/referrals/" + id + "/messages"),
                        Keycloak.token(CPAM),
                        Map.of("reasonCode", "INFORMATION_REQUEST", "message", question)),
                200);
        assertThat(asked.fields()).isEqualTo("referral.message");
        assertThat(asked.reasonCode()).isEqualTo("INFORMATION_REQUEST");
        JsonNode seen = asAgent(id);
        JsonNode last = seen.path("timeline").get(seen.path("timeline").size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("MESSAGE");
        assertThat(last.path("message").asText()).isEqualTo(question);
        assertThat(seen.path("status").asText())
                .as("a message changes no status")
                .isEqualTo("SENT");
        HttpResponse<String> answered = Http.send(
                "POST", Http.api("/referrals/" + id + "/messages"), Keycloak.token(AGENT), Map.of("message", answer));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        HttpResponse<String> triage = partnerRead(CPAM, id);
        Entry read = onlyEntry(triage, 200);
        assertThat(read.fields()).isEqualTo("referral.message,referral.reason");
        assertThat(Http.json(triage).path("timeline").findValuesAsText("message"))
                .containsExactly(question, answer);

        assertThat(partner(CPAM, id, "accept", null).statusCode()).isEqualTo(200);
        assertThat(partner(CPAM, id, "complete", Map.of("reasonCode", "DROITS_OUVERTS"))
                        .statusCode())
                .isEqualTo(200);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/partner/referrals/" + id + "/messages"),
                        Keycloak.token(CPAM),
                        Map.of("message", question)),
                403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/referrals/" + id + "/messages"),
                        Keycloak.token(AGENT),
                        Map.of("message", answer)),
                409);
    }

    /** Key rotation covers the orientation's sealed texts, live and in their history (S16). */
    @Test
    void aKeyRotationReencryptsTheReasonAndTheMessages() throws Exception {
        String org = "ccas-rot-" + TestData.unique("").toLowerCase();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "insert into organisation (code, name, kind, commune) values (?, 'CCAS de test', 'CCAS', 'Test')")) {
            s.setString(1, org);
            s.executeUpdate();
        }
        String agentName = Keycloak.createUser(org, "ccas-agent");
        String agent = Keycloak.token(agentName);
        String personId = TestData.registerPerson(
                        agentName, TestData.person(TestData.unique("Rotation"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        agentName,
                        personId,
                        List.of(),
                        new HashMap<>(Map.of("housing", "Hébergé " + TestData.unique(""))))
                .path("id")
                .asText();
        String reason = "Motif à re-chiffrer " + TestData.unique("");
        String message = "Message à re-chiffrer " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(reason);
        TestData.PLAINTEXTS_USED.add(message);
        Map<String, Object> body = new HashMap<>(Map.of(
                "caseFileId",
                caseId,
                "partner",
                "caf-49",
                "cadre",
                "SOCIAL_ACTION",
                "purpose",
                "aide-logement",
                "reason",
                reason,
                "fields",
                List.of("case.housing")));
        HttpResponse<String> created = Http.send("POST", Http.api("/referrals"), agent, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();
        assertThat(Http.send(
                                "POST",
                                Http.api("/referrals/" + id + "/cancel"),
                                agent,
                                Map.of("reasonCode", "SAISIE_ERRONEE", "message", message))
                        .statusCode())
                .isEqualTo(200);

        String admin = Keycloak.token("admin.passerelle");
        HttpResponse<String> started =
                Http.send("POST", Http.api("/key-rotations"), admin, Map.of("organisation", org));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = Http.json(started).path("id").asText();
        await("the rotation")
                .atMost(Duration.ofSeconds(60))
                .until(() -> Http.json(Http.get(Http.api("/key-rotations/" + job), admin))
                        .path("status")
                        .asText()
                        .equals("COMPLETED"));

        for (String sql : List.of(
                "select key_version from referral where id = ?",
                "select key_version from referral_aud where id = ?",
                "select key_version from referral_event where referral_id = ?",
                "select key_version from referral_event_aud where referral_id = ?")) {
            try (Connection c = Stack.database();
                    PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, UUID.fromString(id));
                List<Integer> versions = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        versions.add(rs.getInt(1));
                    }
                }
                assertThat(versions).as(sql).isNotEmpty().containsOnly(2);
            }
        }
        JsonNode read = asAgent(id, agent);
        assertThat(read.path("reason").asText()).isEqualTo(reason);
        JsonNode last = read.path("timeline").get(read.path("timeline").size() - 1);
        assertThat(last.path("message").asText()).isEqualTo(message);
    }

    /** With 1-second days (Stack), a 1-day reminder and a 3-day expiry happen within seconds. */
    @Test
    void anUnansweredOrientationIsRemindedThenExpiresAndTheSenderSeesBoth() throws InterruptedException {
        String purpose = TestData.housingConvention("delais", 1, null, 3);
        Usager u = usager();
        priorNotice(u, "dept-49", List.of("IDENTITY", "HOUSING"));
        String id = drafted(u, "dept-49", "SOCIAL_ACTION", purpose, List.of("person.lastName", "case.housing"));
        HttpResponse<String> sent = send(id);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        JsonNode seen = await("the expiry")
                .atMost(Duration.ofSeconds(30))
                .until(() -> asAgent(id), r -> r.path("status").asText().equals("EXPIRED"));

        assertThat(seen.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(seen.path("remindedAt").isMissingNode()).isFalse();
        List<String> kinds = new ArrayList<>();
        seen.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds).containsExactly("CREATE", "SEND", "REMIND", "EXPIRE");
        assertThat(seen.path("timeline").get(3).path("username").asText()).isEqualTo("system:referral-timers");
        Http.assertProblem(partnerRead("dept.referent", id), 403);
        Http.assertProblem(partner("dept.referent", id, "accept", null), 409);
    }
}
