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
 * Issue 14: a note is data of its own category and is picked one by one (S3, S4, S9). A HEALTH note
 * never reaches anything the CAF can read (the preview of what it will see, its caseworker's view
 * after acceptance, the SHARE document its system receives), whatever is picked; a note written
 * after sending is never shared; a picked RESOURCES note is; a HEALTH note goes to the CPAM only
 * with the usager's health consent to the CPAM.
 */
@ExtendWith(StackExtension.class)
class NotesAreSharedOneByOneIT {

    private static final String AGENT = "agent.saumur";
    private static final String CAF = "caf.instructeur";
    private static final String CPAM = "cpam.conseiller";
    private static final String CAF_PURPOSE = "acces-aux-droits";

    @BeforeAll
    static void theCafSystemListensOverHttpsAndLeavesTheAnswersToItsCaseworker() {
        Simulator.behave("caf-49", Map.of("replies", List.of()));
        Simulator.connect(
                "caf-49",
                "SOCIAL_ACTION",
                CAF_PURPOSE,
                "HTTPS",
                Simulator.https("/caf/orientations").toString());
    }

    @AfterAll
    static void backToTheInbox() {
        Simulator.behave("caf-49", Map.of("replies", List.of("ACKNOWLEDGE")));
        Simulator.disconnect("caf-49", "SOCIAL_ACTION", CAF_PURPOSE);
    }

    private record Dossier(String personId, String caseId, String lastName) {}

    private static Dossier dossier() {
        String lastName = TestData.unique("Rousseau");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        AGENT,
                        personId,
                        List.of(),
                        new HashMap<>(Map.of("resources", "Prime d'activité " + TestData.unique(""))))
                .path("id")
                .asText();
        return new Dossier(personId, caseId, lastName);
    }

    /** A note with a text no other test writes; returns its id and its text. */
    private record Note(String id, String text) {}

    private static Note note(Dossier d, String type, String category, String text) {
        String body = text + " " + TestData.unique("");
        TestData.PLAINTEXTS_USED.add(body);
        HttpResponse<String> created = Http.send(
                "POST",
                Http.api("/cases/" + d.caseId() + "/notes"),
                Keycloak.token(AGENT),
                Map.of("type", type, "category", category, "body", body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Note(Http.json(created).path("id").asText(), body);
    }

    private static HttpResponse<String> draft(
            Dossier d, String partner, String cadre, String purpose, List<String> fields, List<String> notes) {
        Map<String, Object> body = TestData.draftBody(d.caseId(), partner, cadre, purpose, fields);
        body.put("notes", notes);
        return Http.send("POST", Http.api("/referrals"), Keycloak.token(AGENT), body);
    }

    private static String drafted(
            Dossier d, String partner, String cadre, String purpose, List<String> fields, List<String> notes) {
        HttpResponse<String> created = draft(d, partner, cadre, purpose, fields, notes);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asText();
    }

    private static HttpResponse<String> send(String id) {
        return Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token(AGENT), null);
    }

    private static JsonNode preview(String id) {
        HttpResponse<String> preview = Http.get(Http.api("/referrals/" + id + "/preview"), Keycloak.token(AGENT));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        return Http.json(preview).path("shared");
    }

    private static JsonNode accepted(String caseworker, String id) {
        HttpResponse<String> accepted = Http.send(
                "POST", Http.api("/partner/referrals/" + id + "/accept"), Keycloak.token(caseworker), Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        HttpResponse<String> read = Http.get(Http.api("/partner/referrals/" + id), Keycloak.token(caseworker));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Http.json(read).path("shared");
    }

    private static List<String> ids(JsonNode notes) {
        List<String> ids = new ArrayList<>();
        notes.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** The SHARE document the CAF's system received for this orientation, once it arrived. */
    private static JsonNode shareDocument(String id) {
        List<JsonNode> shares = await("the SHARE document")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> Simulator.ledgerOf(id).stream()
                                .filter(e -> e.path("kind").asText().equals("SHARE")
                                        && !e.path("duplicate").asBoolean())
                                .toList(),
                        found -> !found.isEmpty());
        assertThat(shares).hasSize(1);
        assertThat(shares.getFirst().path("signatureValid").asBoolean()).isTrue();
        return shares.getFirst().path("document");
    }

    private static String sharedFieldsOfTheSend(HttpResponse<String> sent) {
        String requestId = sent.headers().firstValue("X-Request-Id").orElseThrow();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select fields from journal_entry where request_id = ? and action = 'SHARE'")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHealthNoteNeverReachesTheCafWhateverIsPickedAndANoteWrittenAfterSendingIsNotShared() {
        Dossier d = dossier();
        Note health = note(d, "PARTAGEABLE", "HEALTH", "Renoncement aux soins dentaires");
        Note resources = note(d, "PARTAGEABLE", "RESOURCES", "Dettes de loyer en cours d'étalement");
        Note interne = note(d, "INTERNE", "RESOURCES", "Impression de l'agent");
        Note elsewhere = note(dossier(), "PARTAGEABLE", "RESOURCES", "Note d'un autre dossier");
        TestData.recordPriorNotice(AGENT, d.personId(), "caf-49", List.of("IDENTITY", "RESOURCES"));
        long before = TestData.count("referral");

        // Whatever is picked, a HEALTH note, an interne note, another dossier's note or every note
        // at once by note.body is refused (422), naming the note or the key, never a text.
        JsonNode refused = Http.assertProblem(
                draft(
                        d,
                        "caf-49",
                        "SOCIAL_ACTION",
                        CAF_PURPOSE,
                        List.of("person.lastName"),
                        List.of(resources.id(), health.id())),
                422);
        assertThat(refused.path("errors").toString())
                .contains("notes[" + health.id() + "]", "health-never-to-caf")
                .doesNotContain("notes[" + resources.id() + "]")
                .doesNotContain(health.text());
        assertThat(Http.assertProblem(
                                draft(
                                        d,
                                        "caf-49",
                                        "SOCIAL_ACTION",
                                        CAF_PURPOSE,
                                        List.of("person.lastName"),
                                        List.of(interne.id())),
                                422)
                        .path("errors")
                        .toString())
                .contains("notes[" + interne.id() + "]", "note-interne");
        assertThat(Http.assertProblem(
                                draft(
                                        d,
                                        "caf-49",
                                        "SOCIAL_ACTION",
                                        CAF_PURPOSE,
                                        List.of("person.lastName"),
                                        List.of(elsewhere.id())),
                                422)
                        .path("errors")
                        .toString())
                .contains("notes[" + elsewhere.id() + "]", "note-not-in-dossier");
        assertThat(Http.assertProblem(
                                draft(
                                        d,
                                        "caf-49",
                                        "SOCIAL_ACTION",
                                        CAF_PURPOSE,
                                        List.of("person.lastName", "note.body"),
                                        List.of()),
                                422)
                        .path("errors")
                        .toString())
                .contains("fields[note.body]", "notes-picked-one-by-one");
        assertThat(TestData.count("referral")).isEqualTo(before);

        String id =
                drafted(d, "caf-49", "SOCIAL_ACTION", CAF_PURPOSE, List.of("person.lastName"), List.of(resources.id()));
        JsonNode draft = Http.json(Http.get(Http.api("/referrals/" + id), Keycloak.token(AGENT)));
        assertThat(ids(draft.path("pickedNotes"))).containsExactly(resources.id());
        assertThat(draft.path("pickedNotes").get(0).path("category").asText()).isEqualTo("RESOURCES");
        assertThat(draft.toString())
                .as("the sender's view lists notes without their text")
                .doesNotContain(resources.text());

        // The preview: exactly the picked note, with its category.
        JsonNode previewed = preview(id);
        assertThat(texts(previewed.path("visibleFields"))).containsExactly("person.lastName", "note.body");
        assertThat(ids(previewed.path("notes"))).containsExactly(resources.id());
        assertThat(previewed.path("notes").get(0).path("body").asText()).isEqualTo(resources.text());
        assertThat(previewed.toString()).doesNotContain(health.text(), interne.text());

        HttpResponse<String> sent = send(id);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sharedFieldsOfTheSend(sent)).isEqualTo("note.body,person.lastName");
        Note later = note(d, "PARTAGEABLE", "RESOURCES", "Nouvelle dette signalée après l'envoi");
        Note laterHealth = note(d, "PARTAGEABLE", "HEALTH", "Hospitalisation après l'envoi");

        // The CAF's caseworker after acceptance, and the document its system receives.
        JsonNode seen = accepted(CAF, id);
        assertThat(ids(seen.path("notes"))).containsExactly(resources.id());
        assertThat(seen.path("notes").get(0).path("body").asText()).isEqualTo(resources.text());
        assertThat(seen.path("fields").path("person.lastName").asText()).isEqualTo(d.lastName());
        JsonNode document = shareDocument(id);
        assertThat(ids(document.path("notes"))).containsExactly(resources.id());
        assertThat(document.path("notes").get(0).path("category").asText()).isEqualTo("RESOURCES");
        assertThat(document.path("notes").get(0).path("text").asText()).isEqualTo(resources.text());
        assertThat(document.path("fields").has("note.body")).isFalse();
        for (JsonNode read : List.of(previewed, seen, document)) {
            assertThat(read.toString())
                    .doesNotContain(
                            health.text(),
                            laterHealth.text(),
                            later.text(),
                            interne.text(),
                            health.id(),
                            later.id(),
                            laterHealth.id());
        }
        for (JsonNode arrival : Simulator.ledgerOf(id)) {
            assertThat(arrival.toString()).doesNotContain(health.text(), laterHealth.text(), later.text());
        }
    }

    @Test
    void aHealthNoteGoesToTheCpamOnlyWithTheUsagersHealthConsentToTheCpam() {
        String purpose = "sante-notes-" + TestData.unique("").toLowerCase();
        Map<String, Object> convention = new HashMap<>();
        convention.put("partner", "cpam-49");
        convention.put("cadre", "SOCIAL_ACTION");
        convention.put("purpose", purpose);
        convention.put("allowedFields", List.of("person.lastName", "case.healthNotes", "case.resources", "note.body"));
        HttpResponse<String> created =
                Http.send("POST", Http.api("/conventions"), Keycloak.token("admin.passerelle"), convention);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Dossier d = dossier();
        Note health = note(d, "PARTAGEABLE", "HEALTH", "Suivi psychiatrique");
        Note resources = note(d, "PARTAGEABLE", "RESOURCES", "Pension d'invalidité");
        TestData.recordPriorNotice(AGENT, d.personId(), "cpam-49", List.of("IDENTITY", "HEALTH", "RESOURCES"));
        String id = drafted(
                d,
                "cpam-49",
                "SOCIAL_ACTION",
                purpose,
                List.of("person.lastName"),
                List.of(health.id(), resources.id()));

        // Without the health consent, the preview holds the RESOURCES note only, and sending waits for it.
        JsonNode withoutConsent = preview(id);
        assertThat(ids(withoutConsent.path("notes"))).containsExactly(resources.id());
        assertThat(withoutConsent.toString()).doesNotContain(health.text());
        assertThat(Http.assertProblem(send(id), 409).path("type").asText()).endsWith(":consent-missing");
        TestData.recordConsent(AGENT, d.personId(), "dept-49", "insertion-rsa", List.of("HEALTH"));
        assertThat(Http.assertProblem(send(id), 409).path("type").asText())
                .as("a health consent to another organisation")
                .endsWith(":consent-missing");

        TestData.recordConsent(AGENT, d.personId(), "cpam-49", purpose, List.of("HEALTH"));
        assertThat(ids(preview(id).path("notes"))).containsExactly(health.id(), resources.id());
        HttpResponse<String> sent = send(id);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonNode seen = accepted(CPAM, id);
        assertThat(ids(seen.path("notes"))).containsExactly(health.id(), resources.id());
        assertThat(seen.path("notes").get(0).path("body").asText()).isEqualTo(health.text());
        assertThat(seen.path("notes").get(0).path("category").asText()).isEqualTo("HEALTH");
    }
}
