package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conventions de partage (issue 5, item 1): seeded for the demo partners, written by administrators,
 * read by CCAS agents, never allowing health data to the CAF (S4), one active per partner, cadre and
 * purpose.
 */
@ExtendWith(StackExtension.class)
class ConventionsIT {

    private static final String ADMIN = "admin.passerelle";
    private static final String AGENT = "agent.saumur";
    private static final String HEALTH_FIELD = "case.healthNotes";

    /** The seeded conventions as partner/cadre/purpose; the purposes are those the demo's consents name. */
    private static final List<String> SEEDED = List.of(
            "caf-49/SOCIAL_ACTION/acces-aux-droits", "caf-49/SOCIAL_ACTION/aide-logement",
            "cpam-49/HEALTH/acces-aux-soins", "cpam-49/SOCIAL_ACTION/acces-aux-droits",
            "dept-49/RSA/insertion-rsa", "dept-49/CHILD_PROTECTION/protection-enfance");

    @ParameterizedTest
    @ValueSource(strings = {ADMIN, AGENT})
    void theSeededConventionsAreListed(String username) {
        JsonNode all = list(username, null);

        assertThat(keys(all)).containsAll(SEEDED);
        JsonNode cafRights = find(all, "caf-49/SOCIAL_ACTION/acces-aux-droits");
        assertThat(cafRights.path("active").asBoolean()).isTrue();
        assertThat(cafRights.path("channel").asText()).isEqualTo("INBOX");
        assertThat(cafRights.path("legalSource").asText()).isEqualTo("CASF L121-6-2");
        assertThat(cafRights.path("reminderDays").asInt()).isEqualTo(10);
        assertThat(cafRights.path("urgentReminderDays").asInt()).isEqualTo(1);
        assertThat(cafRights.path("expiryDays").asInt()).isEqualTo(30);
        assertThat(cafRights.path("allowedFields"))
                .extracting(JsonNode::asText)
                .contains(
                        "person.lastName",
                        "person.address",
                        "case.household",
                        "case.resources",
                        "case.housing",
                        "note.body");
        assertThat(cafRights.path("rejectionReasons"))
                .extracting(r -> r.path("code").asText() + "=" + r.path("label").asText())
                .contains(
                        "HORS_COMPETENCE=Hors de notre compétence",
                        "DOSSIER_INCOMPLET=Dossier incomplet",
                        "DEJA_SUIVI=Personne déjà accompagnée",
                        "DROITS_NON_OUVRABLES=Droits non ouvrables");
        assertThat(find(all, "cpam-49/HEALTH/acces-aux-soins").path("allowedFields"))
                .extracting(JsonNode::asText)
                .contains("person.nir", HEALTH_FIELD);

        JsonNode caf = list(username, "caf-49");
        assertThat(caf)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("partner").asText()).isEqualTo("caf-49"));
        assertThat(keys(caf)).contains("caf-49/SOCIAL_ACTION/acces-aux-droits", "caf-49/SOCIAL_ACTION/aide-logement");
        assertThat(list(username, "nowhere")).isEmpty();
    }

    @Test
    void theCafConventionsHoldNoHealthField() {
        JsonNode caf = list(ADMIN, "caf-49");

        assertThat(caf)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("allowedFields"))
                        .extracting(JsonNode::asText)
                        .doesNotContain(HEALTH_FIELD));
        assertThat(count("select count(*) from convention c join organisation o on o.code = c.partner_code"
                        + " where o.kind = 'CAF' and c.allowed_fields like '%" + HEALTH_FIELD + "%'"))
                .as("no CAF convention in the database holds a health field")
                .isZero();
    }

    @Test
    void anAdminCreatesRevisesAndDeactivatesAConvention() {
        String admin = Keycloak.token(ADMIN);
        Map<String, Object> body = newConvention("dept-49", "CONSENT", purpose());
        body.put("allowedFields", List.of("case.rsaStatus", "person.firstNames", "person.lastName"));

        HttpResponse<String> created = Http.send("POST", Http.api("/conventions"), admin, body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode convention = Http.json(created);
        String id = convention.path("id").asText();
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/conventions/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(convention.path("allowedFields"))
                .as("catalogue order")
                .extracting(JsonNode::asText)
                .containsExactly("person.lastName", "person.firstNames", "case.rsaStatus");
        assertThat(convention.path("channel").asText()).isEqualTo("INBOX");
        assertThat(convention.has("endpoint")).isFalse();
        assertThat(convention.path("reminderDays").asInt()).as("default").isEqualTo(10);
        assertThat(convention.path("expiryDays").asInt()).as("default").isEqualTo(30);
        assertThat(convention.path("rejectionReasons"))
                .extracting(r -> r.path("code").asText())
                .containsExactly("HORS_COMPETENCE", "DOSSIER_INCOMPLET", "DEJA_SUIVI", "DROITS_NON_OUVRABLES");
        assertThat(convention.path("active").asBoolean()).isTrue();
        assertThat(convention.path("createdBy").asText()).isEqualTo(ADMIN);
        HttpResponse<String> read = Http.get(Http.api("/conventions/" + id), admin);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

        Map<String, Object> terms = new HashMap<>();
        terms.put("allowedFields", List.of("person.lastName", "person.nir"));
        terms.put("channel", "HTTPS");
        terms.put("endpoint", "https://partenaire.example/passerelle/orientations");
        String fingerprint = registeredKey(admin, "dept-49");
        terms.put("partnerKeyRef", fingerprint);
        terms.put("reminderDays", 5);
        terms.put("expiryDays", 15);
        terms.put(
                "rejectionReasons",
                List.of(
                        Map.of("code", "HORS_COMPETENCE", "label", "Hors compétence"),
                        Map.of("code", "PLACE_INDISPONIBLE", "label", "Aucune place disponible")));
        HttpResponse<String> updated = update(admin, id, "\"0\"", terms);

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode revised = Http.json(updated);
        assertThat(revised.path("allowedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("person.lastName", "person.nir");
        assertThat(revised.path("endpoint").asText()).isEqualTo("https://partenaire.example/passerelle/orientations");
        assertThat(revised.path("partnerKeyRef").asText()).isEqualTo(fingerprint);
        Map<String, Object> unregistered = new HashMap<>(terms);
        unregistered.put("partnerKeyRef", "0".repeat(40));
        JsonNode problem = Http.assertProblem(update(admin, id, "\"1\"", unregistered), 422);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("partnerKeyRef");
        assertThat(revised.path("reminderDays").asInt()).isEqualTo(5);
        assertThat(revised.path("rejectionReasons"))
                .extracting(r -> r.path("code").asText())
                .containsExactly("HORS_COMPETENCE", "PLACE_INDISPONIBLE");
        assertThat(revised.path("purpose").asText()).isEqualTo(body.get("purpose"));
        JsonNode asAgent = Http.json(Http.get(Http.api("/conventions/" + id), Keycloak.token(AGENT)));
        assertThat(asAgent.path("allowedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("person.lastName", "person.nir");
        assertThat(asAgent.has("endpoint"))
                .as("agents pick fields, they do not wire partners")
                .isFalse();
        assertThat(asAgent.has("partnerKeyRef")).isFalse();

        Http.assertProblem(update(admin, id, "\"0\"", terms), 412);
        Http.assertProblem(Http.send("PUT", Http.api("/conventions/" + id), admin, terms), 428);

        HttpResponse<String> deactivated =
                Http.send("POST", Http.api("/conventions/" + id + "/deactivation"), admin, null);
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(Http.json(deactivated).path("active").asBoolean()).isFalse();
        assertThat(deactivated.headers().firstValue("ETag")).hasValue("\"2\"");
        Http.assertProblem(Http.send("POST", Http.api("/conventions/" + id + "/deactivation"), admin, null), 409);
        Http.assertProblem(update(admin, id, "\"2\"", terms), 409);
        Http.assertProblem(Http.get(Http.api("/conventions/" + id), Keycloak.token(AGENT)), 404);
        assertThat(ids(list(AGENT, "dept-49"))).doesNotContain(id);
        assertThat(ids(list(ADMIN, "dept-49"))).contains(id);

        HttpResponse<String> replacement = Http.send("POST", Http.api("/conventions"), admin, body);
        assertThat(replacement.statusCode())
                .as("a deactivated convention frees its key")
                .isEqualTo(201);

        assertThat(auditedBy(id))
                .as("Envers: created, revised, deactivated, by whom")
                .containsExactly("0:" + ADMIN, "1:" + ADMIN, "1:" + ADMIN);
    }

    @Test
    void healthIsNeverAllowedToTheCafAndNothingIsWritten() {
        long before = TestData.count("convention");
        long audited = TestData.count("convention_aud");
        String admin = Keycloak.token(ADMIN);

        for (String cadre : List.of("SOCIAL_ACTION", "HEALTH", "CONSENT")) {
            Map<String, Object> body = newConvention("caf-49", cadre, purpose());
            body.put("allowedFields", List.of("person.lastName", HEALTH_FIELD));
            JsonNode problem = Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, body), 422);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("allowedFields");
            assertThat(problem.path("errors").get(0).path("reason").asText()).contains("HEALTH");
        }

        JsonNode seeded = find(list(ADMIN, "caf-49"), "caf-49/SOCIAL_ACTION/acces-aux-droits");
        String id = seeded.path("id").asText();
        Map<String, Object> terms = termsOf(seeded);
        List<String> fields = new ArrayList<>(texts(seeded.path("allowedFields")));
        fields.add(HEALTH_FIELD);
        terms.put("allowedFields", fields);
        Http.assertProblem(update(admin, id, "\"" + seeded.path("version").asLong() + "\"", terms), 422);

        assertThat(TestData.count("convention")).isEqualTo(before);
        assertThat(TestData.count("convention_aud")).isEqualTo(audited);
        JsonNode after = Http.json(Http.get(Http.api("/conventions/" + id), admin));
        assertThat(after.path("version").asLong())
                .isEqualTo(seeded.path("version").asLong());
        assertThat(after.path("allowedFields")).extracting(JsonNode::asText).doesNotContain(HEALTH_FIELD);
    }

    @Test
    void aRevisionLeavingTermsOutGivesThemTheDefaultsOfACreation() {
        String admin = Keycloak.token(ADMIN);
        Map<String, Object> body = newConvention("dept-49", "CONSENT", purpose());
        HttpResponse<String> defaults = Http.send("POST", Http.api("/conventions"), admin, body);
        assertThat(defaults.statusCode()).as(defaults.body()).isEqualTo(201);
        String id = Http.json(defaults).path("id").asText();
        Map<String, Object> own = termsOf(Http.json(defaults));
        own.put("reminderDays", 3);
        own.put("expiryDays", 12);
        own.put("rejectionReasons", List.of(Map.of("code", "PLACE_INDISPONIBLE", "label", "Aucune place disponible")));
        HttpResponse<String> revised = update(admin, id, "\"0\"", own);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(Http.json(revised).path("reminderDays").asInt()).isEqualTo(3);

        // Only the fields: every other term back to what a creation without them gives.
        HttpResponse<String> reset = update(
                admin,
                id,
                "\"1\"",
                new HashMap<>(Map.of("allowedFields", List.of("person.lastName", "case.rsaStatus"))));

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        JsonNode terms = Http.json(reset);
        JsonNode created = Http.json(defaults);
        assertThat(terms.path("allowedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("person.lastName", "case.rsaStatus");
        for (String term : List.of("channel", "reminderDays", "expiryDays", "rejectionReasons")) {
            assertThat(terms.path(term)).as(term).isEqualTo(created.path(term));
        }
        assertThat(terms.path("channel").asText()).isEqualTo("INBOX");
        assertThat(terms.path("reminderDays").asInt()).isEqualTo(10);
        assertThat(terms.path("expiryDays").asInt()).isEqualTo(30);
        assertThat(terms.path("rejectionReasons"))
                .extracting(r -> r.path("code").asText())
                .containsExactly("HORS_COMPETENCE", "DOSSIER_INCOMPLET", "DEJA_SUIVI", "DROITS_NON_OUVRABLES");
        assertThat(terms.has("endpoint")).isFalse();
        assertThat(terms.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long before = TestData.count("convention");
        String admin = Keycloak.token(ADMIN);
        List<Unprocessable> unprocessable = List.of(
                new Unprocessable("allowedFields", with("allowedFields", List.of("person.lastName", "person.size"))),
                new Unprocessable("allowedFields", with("allowedFields", List.of())),
                new Unprocessable(
                        "allowedFields", with("allowedFields", List.of("person.lastName", "referral.reason"))),
                new Unprocessable("allowedFields", with("allowedFields", null)),
                new Unprocessable("purpose", with("purpose", "Accès aux droits")),
                new Unprocessable("purpose", with("purpose", "-acces")),
                new Unprocessable("purpose", with("purpose", null)),
                new Unprocessable("partner", with("partner", "ccas-vitre")),
                new Unprocessable("partner", with("partner", "nowhere")),
                new Unprocessable("partner", with("partner", null)),
                new Unprocessable("cadre", with("cadre", null)),
                new Unprocessable("reminderDays", with("reminderDays", 0)),
                new Unprocessable("expiryDays", with("expiryDays", 366)),
                new Unprocessable("reminderDays", with(with("reminderDays", 30), "expiryDays", 30)),
                new Unprocessable("reminderDays", with("reminderDays", 40)),
                new Unprocessable("endpoint", with("endpoint", "https://partenaire.example/in")),
                new Unprocessable("endpoint", with("channel", "HTTPS")),
                new Unprocessable("endpoint", with(with("channel", "HTTPS"), "endpoint", "http://partner.example")),
                new Unprocessable("endpoint", with(with("channel", "SFTP"), "endpoint", "sftp://user:pw@sftp.example")),
                new Unprocessable("partnerKeyRef", with("partnerKeyRef", "key-1")),
                new Unprocessable("rejectionReasons", with("rejectionReasons", List.of())),
                new Unprocessable(
                        "rejectionReasons",
                        with(
                                "rejectionReasons",
                                List.of(Map.of("code", "hors competence", "label", "Hors de notre compétence")))),
                new Unprocessable(
                        "rejectionReasons",
                        with(
                                "rejectionReasons",
                                List.of(
                                        Map.of("code", "DEJA_SUIVI", "label", "Déjà suivi"),
                                        Map.of("code", "DEJA_SUIVI", "label", "Déjà accompagné")))),
                new Unprocessable(
                        "rejectionReasons",
                        with("rejectionReasons", List.of(Map.of("code", "DEJA_SUIVI", "label", "Déjà\nsuivi")))));
        for (Unprocessable bad : unprocessable) {
            JsonNode problem = Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, bad.body()), 422);
            assertThat(problem.path("errors").get(0).path("field").asText())
                    .as(bad.body().toString())
                    .isEqualTo(bad.field());
        }

        Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, "{\"partner\": \"caf-49\","), 400);
        Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, with("signature", "x")), 400);
        Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, with("cadre", "MAGIC")), 400);
        Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, with("channel", "FAX")), 400);
        Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, with("reminderDays", "ten")), 400);
        Http.assertProblem(
                Http.send("POST", Http.api("/conventions"), admin, with("allowedFields", "person.nir")), 400);

        JsonNode seeded = find(list(ADMIN, "dept-49"), "dept-49/RSA/insertion-rsa");
        String etag = "\"" + seeded.path("version").asLong() + "\"";
        Map<String, Object> terms = termsOf(seeded);
        terms.put("purpose", "autre-chose");
        Http.assertProblem(update(admin, seeded.path("id").asText(), etag, terms), 400);
        terms.remove("purpose");
        terms.put("reminderDays", 0);
        JsonNode problem = Http.assertProblem(update(admin, seeded.path("id").asText(), etag, terms), 422);
        assertThat(problem.path("errors").get(0).path("field").asText())
                .as("a revision is checked like a creation")
                .isEqualTo("reminderDays");
        terms.put("reminderDays", 10);
        terms.put("rejectionReasons", List.of());
        problem = Http.assertProblem(update(admin, seeded.path("id").asText(), etag, terms), 422);
        assertThat(problem.path("errors").get(0).path("field").asText())
                .as("an empty list is not a term left out")
                .isEqualTo("rejectionReasons");
        Http.assertProblem(Http.get(Http.api("/conventions/00000000-0000-0000-0000-000000000000"), admin), 404);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/conventions/00000000-0000-0000-0000-000000000000/deactivation"),
                        admin,
                        null),
                404);

        assertThat(TestData.count("convention")).isEqualTo(before);
        assertThat(Http.json(Http.get(
                                Http.api("/conventions/" + seeded.path("id").asText()), admin))
                        .path("version")
                        .asLong())
                .isEqualTo(seeded.path("version").asLong());
    }

    @Test
    void aSecondActiveConventionForTheSameKeyIsAConflict() throws Exception {
        String admin = Keycloak.token(ADMIN);
        long before = TestData.count("convention");
        Map<String, Object> body = newConvention("cpam-49", "SOCIAL_ACTION", purpose());
        assertThat(Http.send("POST", Http.api("/conventions"), admin, body).statusCode())
                .isEqualTo(201);

        JsonNode problem = Http.assertProblem(Http.send("POST", Http.api("/conventions"), admin, body), 409);
        assertThat(problem.path("type").asText()).isEqualTo("urn:problem-type:passerelle:convention-exists");
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/conventions"),
                        admin,
                        newConvention("caf-49", "SOCIAL_ACTION", "acces-aux-droits")),
                409);
        assertThat(TestData.count("convention")).isEqualTo(before + 1);

        // Racing requests all pass the check before any commits: the unique index decides, still a 409.
        Map<String, Object> raced = newConvention("cpam-49", "CONSENT", purpose());
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Http.send("POST", Http.api("/conventions"), admin, raced)
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestData.count("convention")).isEqualTo(before + 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf.instructeur", "dpo.saumur", "accueil.saumur"})
    void partnersAuditorsAndReceptionGet403Everywhere(String username) {
        String token = Keycloak.token(username);
        JsonNode seeded = find(list(ADMIN, "cpam-49"), "cpam-49/HEALTH/acces-aux-soins");
        String id = seeded.path("id").asText();
        String etag = "\"" + seeded.path("version").asLong() + "\"";

        Http.assertProblem(Http.get(Http.api("/conventions"), token), 403);
        Http.assertProblem(Http.get(Http.api("/conventions?partner=cpam-49"), token), 403);
        Http.assertProblem(Http.get(Http.api("/conventions/" + id), token), 403);
        Http.assertProblem(
                Http.send("POST", Http.api("/conventions"), token, newConvention("cpam-49", "CONSENT", purpose())),
                403);
        Http.assertProblem(update(token, id, etag, termsOf(seeded)), 403);
        Http.assertProblem(Http.send("POST", Http.api("/conventions/" + id + "/deactivation"), token, null), 403);

        JsonNode after = Http.json(Http.get(Http.api("/conventions/" + id), Keycloak.token(ADMIN)));
        assertThat(after.path("active").asBoolean()).isTrue();
        assertThat(after.path("version").asLong())
                .isEqualTo(seeded.path("version").asLong());
    }

    @Test
    void agentsReadButNeverWrite() {
        String agent = Keycloak.token(AGENT);
        JsonNode seeded = find(list(ADMIN, "dept-49"), "dept-49/CHILD_PROTECTION/protection-enfance");
        String id = seeded.path("id").asText();

        assertThat(Http.get(Http.api("/conventions/" + id), agent).statusCode()).isEqualTo(200);
        Http.assertProblem(
                Http.send("POST", Http.api("/conventions"), agent, newConvention("dept-49", "CONSENT", purpose())),
                403);
        Http.assertProblem(update(agent, id, "\"" + seeded.path("version").asLong() + "\"", termsOf(seeded)), 403);
        Http.assertProblem(Http.send("POST", Http.api("/conventions/" + id + "/deactivation"), agent, null), 403);
        Http.assertProblem(Http.get(Http.api("/conventions"), null), 401);

        assertThat(Http.json(Http.get(Http.api("/conventions/" + id), agent))
                        .path("active")
                        .asBoolean())
                .isTrue();
    }

    // --- helpers

    /** A body that is well-formed JSON but breaks a rule on this field. */
    private record Unprocessable(String field, Map<String, Object> body) {}

    private static String purpose() {
        return TestData.unique("it-");
    }

    private static Map<String, Object> newConvention(String partner, String cadre, String purpose) {
        Map<String, Object> body = new HashMap<>();
        body.put("partner", partner);
        body.put("cadre", cadre);
        body.put("purpose", purpose);
        body.put("allowedFields", List.of("person.lastName", "person.firstNames", "person.address"));
        return body;
    }

    /** A valid new convention to the Département with one field changed (null removes it). */
    private static Map<String, Object> with(String field, Object value) {
        return with(newConvention("dept-49", "CONSENT", purpose()), field, value);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** The terms of a convention as read, ready to send back in a PUT. */
    private static Map<String, Object> termsOf(JsonNode convention) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("allowedFields", texts(convention.path("allowedFields")));
        terms.put("channel", convention.path("channel").asText());
        terms.put("reminderDays", convention.path("reminderDays").asInt());
        terms.put("expiryDays", convention.path("expiryDays").asInt());
        terms.put(
                "rejectionReasons",
                StreamSupport.stream(convention.path("rejectionReasons").spliterator(), false)
                        .map(r -> Map.of(
                                "code",
                                r.path("code").asText(),
                                "label",
                                r.path("label").asText()))
                        .toList());
        return terms;
    }

    private static HttpResponse<String> update(String token, String id, String ifMatch, Map<String, Object> terms) {
        return Http.send("PUT", Http.api("/conventions/" + id), token, terms, "If-Match", ifMatch);
    }

    private static JsonNode list(String username, String partner) {
        String query = partner == null ? "" : "?partner=" + partner;
        HttpResponse<String> response = Http.get(Http.api("/conventions" + query), Keycloak.token(username));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static String key(JsonNode c) {
        return c.path("partner").asText() + "/" + c.path("cadre").asText() + "/"
                + c.path("purpose").asText();
    }

    private static List<String> keys(JsonNode conventions) {
        return StreamSupport.stream(conventions.spliterator(), false)
                .map(ConventionsIT::key)
                .toList();
    }

    private static List<String> ids(JsonNode conventions) {
        return StreamSupport.stream(conventions.spliterator(), false)
                .map(c -> c.path("id").asText())
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** The active convention with this key. */
    private static JsonNode find(JsonNode conventions, String key) {
        return StreamSupport.stream(conventions.spliterator(), false)
                .filter(c -> key.equals(key(c)) && c.path("active").asBoolean())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no active convention " + key));
    }

    private static long count(String sql) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Envers revisions of a convention: "revtype:username", oldest first. */
    private static List<String> auditedBy(String id) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select a.revtype, r.username from convention_aud a join revision r on r.id = a.rev"
                                + " where a.id = ?::uuid order by a.rev")) {
            s.setString(1, id);
            List<String> revisions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    revisions.add(rs.getInt(1) + ":" + rs.getString(2));
                }
            }
            return revisions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers the simulator's key for this partner (docs/partner-exchange.md §1); returns its fingerprint. */
    private static String registeredKey(String adminToken, String partner) {
        HttpResponse<String> registered = Http.send(
                "PUT",
                Http.api("/partner-keys/" + partner),
                adminToken,
                Map.of("openpgp", Simulator.keys(partner).path("openpgp").asText()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        return Http.json(registered).path("fingerprint").asText();
    }
}
