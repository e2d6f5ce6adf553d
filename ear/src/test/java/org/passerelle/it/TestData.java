package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Each test's own usagers and dossiers, with values no other test uses. */
final class TestData {

    private TestData() {}

    /**
     * A fictitious NIR with a valid control key, computed here independently of the application:
     * key = 97 - (the 13 digits mod 97).
     */
    /** Every NIR the suite generated, for the log scan after the run ({@code NoNirInServerLogsSweep}). */
    static final Set<String> NIRS_USED = ConcurrentHashMap.newKeySet();

    /**
     * Every personal value the suite sent to be stored encrypted (names, contact, situation, notes),
     * for the scan of the journal after the run ({@code JournalHoldsNoPersonalValueSweep}).
     */
    static final Set<String> PLAINTEXTS_USED = ConcurrentHashMap.newKeySet();

    static String nir() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String digits = String.format(
                "%d%02d%02d%02d%03d%03d",
                1 + r.nextInt(2),
                r.nextInt(100),
                1 + r.nextInt(12),
                10 + r.nextInt(80),
                1 + r.nextInt(990),
                1 + r.nextInt(999));
        int key = 97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
        String nir = digits + String.format("%02d", key);
        NIRS_USED.add(nir);
        return nir;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> person(String lastName, String nir) {
        Map<String, Object> person = new HashMap<>();
        person.put("lastName", lastName);
        person.put("firstNames", "Élodie Marie");
        person.put("birthDate", "1984-03-12");
        person.put("nir", nir);
        person.put("address", "12 rue des Ardilliers, 49400 Saumur");
        person.put("phone", "06 12 34 56 78");
        person.put("email", lastName.toLowerCase() + "@example.fr");
        person.put("preferredLanguage", "fr");
        person.put("contactChannel", "telephone");
        return person;
    }

    /** Registers an usager as {@code username}; returns the response body. */
    static JsonNode registerPerson(String username, Map<String, Object> person) {
        for (String field : List.of("lastName", "firstNames", "address", "phone", "email")) {
            if (person.get(field) instanceof String value) {
                PLAINTEXTS_USED.add(value);
            }
        }
        HttpResponse<String> response = Http.send("POST", Http.api("/persons"), Keycloak.token(username), person);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    /** Opens a dossier for the person as {@code username} with the given team and situation. */
    static JsonNode openCase(String username, String personId, List<String> team, Map<String, Object> situation) {
        situation.values().forEach(value -> PLAINTEXTS_USED.add(String.valueOf(value)));
        Map<String, Object> body = new HashMap<>(situation);
        body.put("personId", personId);
        body.put("team", team);
        HttpResponse<String> response = Http.send("POST", Http.api("/cases"), Keycloak.token(username), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    /** Records, as {@code username}, that the usager was told these categories may go to {@code partner}. */
    static void recordPriorNotice(String username, String personId, String partner, List<String> categories) {
        HttpResponse<String> notice = Http.send(
                "POST",
                Http.api("/prior-notices"),
                Keycloak.token(username),
                Map.of(
                        "personId",
                        personId,
                        "categories",
                        categories,
                        "recipients",
                        List.of(partner),
                        "means",
                        "IN_PERSON"));
        assertThat(notice.statusCode()).as(notice.body()).isEqualTo(201);
    }

    /** Records, as {@code username}, a written consent valid for a year; returns its id. */
    static String recordConsent(
            String username, String personId, String partner, String purpose, List<String> categories) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("personId", personId);
        consent.put("recipient", partner);
        consent.put("purpose", purpose);
        consent.put("categories", categories);
        consent.put("means", "WRITTEN");
        consent.put(
                "expiresOn",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusYears(1).toString());
        HttpResponse<String> created = Http.send("POST", Http.api("/consents"), Keycloak.token(username), consent);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asText();
    }

    /**
     * An orientation of a new usager to the CAF, for housing help (SOCIAL_ACTION, {@code purpose}),
     * sharing the last name and the housing situation, drafted and sent by {@code username}; returns its id.
     */
    static String sentToTheCaf(String username, String purpose) {
        String personId = registerPerson(username, person(unique("Logement"), nir()))
                .path("id")
                .asText();
        String caseId = openCase(username, personId, List.of(), new HashMap<>(Map.of("housing", "Logement insalubre")))
                .path("id")
                .asText();
        recordPriorNotice(username, personId, "caf-49", List.of("IDENTITY", "HOUSING"));
        Map<String, Object> body = new HashMap<>();
        body.put("caseFileId", caseId);
        body.put("partner", "caf-49");
        body.put("cadre", "SOCIAL_ACTION");
        body.put("purpose", purpose);
        body.put("reason", "Aide au logement");
        body.put("fields", List.of("person.lastName", "case.housing"));
        return sent(username, body);
    }

    /** Drafts the orientation of {@code draft} (see {@link #draftBody}) and sends it, as {@code username}; returns its id. */
    static String sent(String username, Map<String, Object> draft) {
        HttpResponse<String> created = Http.send("POST", Http.api("/referrals"), Keycloak.token(username), draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();
        HttpResponse<String> sent =
                Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token(username), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return id;
    }

    /**
     * The body of a new orientation on a dossier, with a reason of its own (kept for the journal's
     * final sweep); mutable, for the callers that add notes or an urgency.
     */
    static Map<String, Object> draftBody(
            String caseId, String partner, String cadre, String purpose, List<String> fields) {
        String reason = "Ouverture de droits " + unique("");
        PLAINTEXTS_USED.add(reason);
        Map<String, Object> body = new HashMap<>();
        body.put("caseFileId", caseId);
        body.put("partner", partner);
        body.put("cadre", cadre);
        body.put("purpose", purpose);
        body.put("reason", reason);
        body.put("fields", fields);
        return body;
    }

    /**
     * A new convention for the Département's housing help, with these delays in days (a second each
     * in the tests; {@code urgentReminderDays} null for the default); returns its purpose.
     */
    static String housingConvention(
            String purposePrefix, int reminderDays, Integer urgentReminderDays, int expiryDays) {
        String purpose = purposePrefix + "-" + unique("").toLowerCase();
        Map<String, Object> convention = new HashMap<>();
        convention.put("partner", "dept-49");
        convention.put("cadre", "SOCIAL_ACTION");
        convention.put("purpose", purpose);
        convention.put("allowedFields", List.of("person.lastName", "case.housing"));
        convention.put("reminderDays", reminderDays);
        convention.put("urgentReminderDays", urgentReminderDays);
        convention.put("expiryDays", expiryDays);
        HttpResponse<String> created =
                Http.send("POST", Http.api("/conventions"), Keycloak.token("admin.passerelle"), convention);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).path("urgentReminderDays").asInt())
                .isEqualTo(urgentReminderDays == null ? 1 : urgentReminderDays);
        return purpose;
    }

    static long count(String table) {
        try (Connection c = Stack.database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
