package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input gets a clear problem (400/404/409/413/422) carrying the request's id, no stack trace,
 * and leaves no partial write; what is refused at the edge (issue 14, point 8) is refused before
 * any database call and never lands in the server log.
 */
@ExtendWith(StackExtension.class)
@OwnStack("reads the server's logs")
class BadInputIsRefusedCleanlyIT {

    /** The API's default body limit (PASSERELLE_API_MAX_BODY_BYTES). */
    private static final int BODY_LIMIT = 1024 * 1024;

    private final String agent = Keycloak.token("agent.saumur");

    @Test
    void malformedBodiesAre400AndWriteNothing() {
        long persons = TestData.count("person");
        Map<String, Object> unknownField = TestData.person(TestData.unique("Petit"), TestData.nir());
        unknownField.put("favouriteColour", "bleu");
        Map<String, Object> wrongType = TestData.person(TestData.unique("Petit"), TestData.nir());
        wrongType.put("birthDate", 12);

        for (Object body : List.of("{not json", "[1,2]", unknownField, wrongType)) {
            HttpResponse<String> response = Http.send("POST", Http.api("/persons"), agent, body);
            Http.assertProblem(response, 400);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("bleu");
        }
        JsonNode unknown = Http.json(Http.send("POST", Http.api("/persons"), agent, unknownField));
        assertThat(unknown.path("errors").findValuesAsText("field")).containsExactly("favouriteColour");

        assertThat(TestData.count("person")).isEqualTo(persons);
    }

    @Test
    void rulesBrokenByWellFormedInputAre422NamingTheFieldNotTheValue() {
        long persons = TestData.count("person");
        String nir = TestData.nir();
        String badKey = nir.substring(0, 13) + (nir.endsWith("01") ? "02" : "01");
        Map<String, Object> wrongKey = TestData.person(TestData.unique("Roux"), badKey);
        Map<String, Object> tooLong = TestData.person("x".repeat(201), TestData.nir());
        Map<String, Object> missingName = TestData.person(TestData.unique("Roux"), TestData.nir());
        missingName.remove("lastName");

        HttpResponse<String> response = Http.send("POST", Http.api("/persons"), agent, wrongKey);
        assertThat(Http.assertProblem(response, 422).path("errors").findValuesAsText("field"))
                .containsExactly("nir");
        assertThat(response.body()).doesNotContain(badKey);
        Http.assertProblem(Http.send("POST", Http.api("/persons"), agent, tooLong), 422);
        Http.assertProblem(Http.send("POST", Http.api("/persons"), agent, missingName), 422);

        assertThat(TestData.count("person")).isEqualTo(persons);
    }

    @Test
    void unknownIdsAndIdsOfAnotherOrganisationAre404() {
        String vitrePerson = TestData.registerPerson(
                        "agent.vitre", TestData.person(TestData.unique("Vitréen"), TestData.nir()))
                .path("id")
                .asText();
        long cases = TestData.count("case_file");

        Http.assertProblem(Http.get(Http.api("/persons/not-a-uuid"), agent), 404);
        Http.assertProblem(Http.get(Http.api("/persons/" + vitrePerson), agent), 404);
        Http.assertProblem(Http.send("POST", Http.api("/cases"), agent, Map.of("personId", vitrePerson)), 404);

        assertThat(TestData.count("case_file")).isEqualTo(cases);
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesInABodyAre400AndNeverReachTheDatabaseNorTheLog() throws IOException {
        long persons = TestData.count("person");
        long conventions = TestData.count("convention");
        String admin = Keycloak.token("admin.passerelle");
        Map<String, Object> convention = new HashMap<>(Map.of(
                "partner",
                "caf-49\u0000",
                "cadre",
                "SOCIAL_ACTION",
                "purpose",
                "essai-nul",
                "allowedFields",
                List.of("person.lastName")));

        // A NUL in an organisation code: PostgreSQL refused it, answered 500 and logged it raw.
        JsonNode nul = assertRefused(Http.send("POST", Http.api("/conventions"), admin, convention), 400);
        assertThat(nul.path("errors").findValuesAsText("field")).containsExactly("partner");
        assertThat(nul.path("errors").findValuesAsText("reason")).containsExactly("holds a control character");
        convention.put("partner", "caf-49");
        convention.put("allowedFields", List.of("person.lastName", "person.\u001bfirstNames"));
        assertThat(assertRefused(Http.send("POST", Http.api("/conventions"), admin, convention), 400)
                        .path("errors")
                        .findValuesAsText("field"))
                .containsExactly("allowedFields.[1]");

        // An unpaired surrogate, as a JSON escape: it was stored as '?'.
        String lastName = TestData.unique("Surrogat");
        String person = Http.JSON
                .writeValueAsString(TestData.person(lastName, TestData.nir()))
                .replace(lastName, "Du\\ud800" + lastName);
        JsonNode surrogate = assertRefused(Http.send("POST", Http.api("/persons"), agent, person), 400);
        assertThat(surrogate.path("errors").findValuesAsText("field")).containsExactly("lastName");
        // ... and as the bytes that would encode it (CESU-8), which are not UTF-8.
        byte[] cesu = person.replace("Du\\ud800", "Du")
                .replace(lastName, "\u0001" + lastName)
                .getBytes(StandardCharsets.UTF_8);
        cesu = replace(cesu, new byte[] {1}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertRefused(Http.send(json(Http.api("/persons"), HttpRequest.BodyPublishers.ofByteArray(cesu))), 400);
        // A NUL in a free-text field too: notes and messages keep line breaks and tabs, nothing else.
        Map<String, Object> nulAddress = TestData.person(TestData.unique("Nul"), TestData.nir());
        nulAddress.put("address", "12 rue des Lilas\u0000\n49400 Saumur");
        assertRefused(Http.send("POST", Http.api("/persons"), agent, nulAddress), 400);

        assertThat(TestData.count("person")).isEqualTo(persons);
        assertThat(TestData.count("convention")).isEqualTo(conventions);
        assertThat(serverLogsWithANul()).as("no raw NUL in a server log").isEmpty();
    }

    @Test
    void controlCharactersOrBadUtf8InQueryAndPathParametersAre400() throws IOException {
        String admin = Keycloak.token("admin.passerelle");
        String auditor = Keycloak.token("dpo.saumur");
        for (String query : List.of(
                "partner=caf-49%00",
                "partner=%0Acaf-49", "partner=caf-49%09", "part%00ner=caf-49", "partner=%ED%A0%80", "partner=%C3")) {
            HttpResponse<String> response = Http.get(Http.api("/conventions?" + query), admin);
            assertRefused(response, 400);
        }
        assertThat(assertRefused(Http.get(Http.api("/conventions?partner=caf-49%00"), admin), 400)
                        .path("errors")
                        .findValuesAsText("field"))
                .containsExactly("partner");
        assertRefused(Http.get(Http.api("/journal?username=agent.saumur%00"), auditor), 400);
        assertRefused(Http.get(Http.api("/persons/%00"), agent), 400);
        assertRefused(Http.send("POST", Http.api("/referrals/%00/send"), agent, Map.of()), 400);

        assertThat(Http.get(Http.api("/conventions?partner=caf-49"), admin).statusCode())
                .isEqualTo(200);
        assertThat(serverLogsWithANul()).as("no raw NUL in a server log").isEmpty();
    }

    @Test
    void pagesOutOfRangeAre422OnEveryPagedList() {
        String auditor = Keycloak.token("dpo.saumur");
        Map<String, String> refused = Map.of(
                "page=2147483647",
                "page",
                "page=2147483647&size=1",
                "page",
                "page=-1",
                "page",
                "page=abc",
                "page",
                "page=99999999999",
                "page",
                "size=-1",
                "size",
                "size=0",
                "size",
                "size=501",
                "size",
                "page=1&size=2147483647",
                "size",
                "page=4294967&size=500",
                "page");
        for (String list : List.of("/journal", "/alerts")) {
            for (Map.Entry<String, String> query : refused.entrySet()) {
                JsonNode problem = assertRefused(Http.get(Http.api(list + "?" + query.getKey()), auditor), 422);
                assertThat(problem.path("errors").findValuesAsText("field"))
                        .as(list + "?" + query.getKey())
                        .containsExactly(query.getValue());
            }
            HttpResponse<String> last = Http.get(Http.api(list + "?page=4294966&size=500"), auditor);
            assertThat(last.statusCode())
                    .as("the deepest page there can be: %s", last.body())
                    .isEqualTo(200);
            HttpResponse<String> first = Http.get(Http.api(list + "?page=0&size=500"), auditor);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(Http.json(first).path("size").asInt()).isEqualTo(500);
        }
    }

    @Test
    void bodiesOverTheLimitAre413ProblemsWithARequestIdDeclaredOrStreamed() {
        long persons = TestData.count("person");
        Map<String, Object> person = TestData.person(TestData.unique("Long"), TestData.nir());
        person.put("lastName", "x".repeat(2 * BODY_LIMIT));
        String tooLarge = Http.JSON.valueToTree(person).toString();

        JsonNode declared = assertRefused(Http.send("POST", Http.api("/persons"), agent, tooLarge), 413);
        assertThat(declared.path("type").asText()).isEqualTo("urn:problem-type:passerelle:payload-too-large");
        assertThat(declared.path("detail").asText()).contains(String.valueOf(BODY_LIMIT));
        // Chunked: no length declared, counted as it is read.
        byte[] bytes = tooLarge.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder streamed = json(
                Http.api("/persons"), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertRefused(Http.send(streamed), 413);
        // Just under the limit, the body is read and judged on what it says.
        person.put("lastName", "x".repeat(BODY_LIMIT - 2000));
        assertRefused(Http.send("POST", Http.api("/persons"), agent, person), 422);

        assertThat(TestData.count("person")).isEqualTo(persons);
    }

    /** Asserts a problem of this status that carries the request's id, and returns it. */
    private static JsonNode assertRefused(HttpResponse<String> response, int status) {
        JsonNode problem = Http.assertProblem(response, status);
        assertThat(response.headers().firstValue("X-Request-Id"))
                .as("X-Request-Id of %s", response.uri())
                .get()
                .asString()
                .hasSize(36);
        assertThat(response.body())
                .as("no value repeated")
                .doesNotContain("Exception")
                .doesNotContain("\u0000")
                .doesNotContain("\\u0000")
                .doesNotContain("\\ud800");
        return problem;
    }

    /** A JSON POST as the agent, with this body publisher. */
    private HttpRequest.Builder json(java.net.URI uri, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(uri)
                .POST(body)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + agent);
    }

    private static byte[] replace(byte[] bytes, byte[] what, byte[] with) {
        String marker = new String(what, StandardCharsets.ISO_8859_1);
        String replaced = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace(marker, new String(with, StandardCharsets.ISO_8859_1));
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The server's log files holding a NUL byte. */
    private static List<Path> serverLogsWithANul() throws IOException {
        Path work = Path.of(System.getProperty("passerelle.it.work-dir"));
        List<Path> logs;
        try (Stream<Path> files = Files.walk(work)) {
            logs = files.filter(p -> p.toString().endsWith(".log")).toList();
        }
        assertThat(logs).extracting(p -> p.getFileName().toString()).contains("server.log");
        List<Path> withNul = new ArrayList<>();
        for (Path log : logs) {
            for (byte b : Files.readAllBytes(log)) {
                if (b == 0) {
                    withNul.add(log);
                    break;
                }
            }
        }
        return withNul;
    }
}
