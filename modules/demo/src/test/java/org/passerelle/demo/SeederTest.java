package org.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.ApiException;
import org.passerelle.testing.people.Ccas;
import org.passerelle.testing.people.FictitiousPeople;
import org.passerelle.testing.people.Usager;

/**
 * The seeder against a stub of Keycloak and the API that checks what the real server is strict
 * about: the JSON field names of the web module's request records (it refuses unknown fields),
 * If-Match on dossier writes, the agent of the right CCAS, and no health data named for the CAF.
 */
class SeederTest {

    /** The components of PersonRequest, CaseRequests.Open/Situation/NewNote and the consent bodies. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "POST /persons/search", Set.of("nir", "lastName", "firstNames", "birthDate"),
            "POST /persons",
                    Set.of(
                            "lastName",
                            "firstNames",
                            "birthName",
                            "birthDate",
                            "nir",
                            "address",
                            "phone",
                            "email",
                            "preferredLanguage",
                            "contactChannel"),
            "POST /cases", Set.of("personId", "team", "household", "resources", "housing", "healthNotes", "rsaStatus"),
            "PUT /cases/*", Set.of("household", "resources", "housing", "healthNotes", "rsaStatus"),
            "POST /cases/*/notes", Set.of("type", "category", "body"),
            "POST /prior-notices", Set.of("personId", "informedAt", "informedBy", "categories", "recipients", "means"),
            "POST /consents",
                    Set.of(
                            "personId",
                            "recipient",
                            "purpose",
                            "categories",
                            "givenAt",
                            "givenTo",
                            "means",
                            "evidenceReference",
                            "expiresOn"),
            "POST /consents/*/withdrawal", Set.of("reason"),
            "POST /delegations", Set.of("to", "until", "reason"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    /** name and birth date to person id, per organisation */
    private final Map<String, UUID> persons = new HashMap<>();

    private final Map<UUID, String> organisationOfPerson = new HashMap<>();
    private final Map<UUID, Integer> caseVersions = new HashMap<>();
    private final Set<UUID> closedCases = new HashSet<>();
    /** The teams the dossiers were opened with, per organisation (the référent aside). */
    private final List<String> teams = new ArrayList<>();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/passerelle/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String user = form.replaceAll(".*username=([^&]*).*", "$1");
            boolean ok = form.contains("client_id=passerelle-cli")
                    && form.contains("password=demo")
                    && form.contains("grant_type=password");
            answer(
                    exchange,
                    ok ? 200 : 401,
                    ok
                            ? "{\"access_token\":\"token-" + user + "\",\"expires_in\":300}"
                            : "{\"error\":\"invalid_grant\"}",
                    null);
        });
        server.createContext("/api/v1", this::api);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void seedsEveryUsagerThroughTheApiThenARerunCreatesNothing() {
        List<Usager> demo = new FictitiousPeople(FictitiousPeople.SEED).usagers(LocalDate.now());

        SeedingReport first = DemoData.run(options());

        assertThat(problems).isEmpty();
        assertThat(first.usagersCreated()).isEqualTo(42);
        assertThat(first.usagers(Ccas.SAUMUR)).isEqualTo(36);
        assertThat(first.usagers(Ccas.VITRE)).isEqualTo(6);
        assertThat(calls.get("POST /persons")).isEqualTo(42);
        assertThat(calls.get("POST /cases")).isEqualTo(42);
        assertThat(calls.get("POST /cases/*/notes"))
                .isEqualTo(
                        demo.stream().mapToInt(u -> u.dossier().notes().size()).sum());
        assertThat(calls.get("POST /consents"))
                .isEqualTo(demo.stream().mapToInt(u -> u.consents().size()).sum());
        assertThat(calls.get("POST /consents/*/withdrawal")).isBetween(1, 2);
        assertThat(closedCases)
                .hasSize((int) demo.stream().filter(u -> u.dossier().closed()).count());
        assertThat(first.summary()).startsWith("36 usagers at ccas-saumur (agent.saumur), 6 usagers at ccas-vitre");
        assertThat(calls.get("POST /delegations"))
                .as("the demo's running delegation")
                .isEqualTo(1);
        assertThat(teams)
                .as("the colleague on the team of some Saumur dossiers, nobody on Vitré's")
                .hasSize(7)
                .containsOnly("ccas-saumur/collegue.saumur");

        Map<String, Integer> before = Map.copyOf(calls);
        SeedingReport second = DemoData.run(options());

        assertThat(second.alreadySeeded()).isTrue();
        assertThat(second.summary()).contains("already seeded");
        assertThat(calls.get("POST /persons")).isEqualTo(before.get("POST /persons"));
        assertThat(calls.get("POST /delegations")).isEqualTo(1);
        assertThat(calls.get("POST /persons/search")).isEqualTo(before.get("POST /persons/search") + 42);
    }

    @Test
    void aRefusalStopsTheRunAndNamesTheUsagerByRankOnly() {
        server.createContext(
                "/api/v1/consents",
                exchange -> answer(
                        exchange,
                        422,
                        "{\"type\":\"urn:problem-type:passerelle:invalid-input\",\"title\":\"Invalid input\",\"status\":422,"
                                + "\"errors\":[{\"field\":\"recipient\",\"reason\":\"names no partner organisation\"}]}",
                        null));

        try {
            DemoData.run(options());
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.getMessage())
                    .startsWith("ccas-saumur usager #0: POST /api/v1/consents answered 422")
                    .contains("invalid-input", "recipient names no partner organisation");
            Usager.Person first = new FictitiousPeople(FictitiousPeople.SEED)
                    .usagersOf(Ccas.SAUMUR, LocalDate.now())
                    .getFirst()
                    .person();
            assertThat(e.getMessage())
                    .doesNotContain(
                            first.lastName(), first.nir(), first.birthDate().toString());
            return;
        }
        throw new AssertionError("the refusal was not reported");
    }

    private String[] options() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new String[] {"--api=" + base, "--keycloak=" + base + "/"};
    }

    private synchronized void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().substring("/api/v1".length());
        String route = method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "*");
        calls.merge(route, 1, Integer::sum);
        String token = exchange.getRequestHeaders().getFirst("Authorization");
        String organisation = "Bearer token-agent.saumur".equals(token)
                ? "ccas-saumur"
                : "Bearer token-agent.vitre".equals(token) ? "ccas-vitre" : null;
        if (organisation == null) {
            answer(exchange, 401, "{}", null);
            return;
        }
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body = text.isEmpty() ? null : JSON.readTree(text);
        if (body != null) {
            Set<String> allowed = FIELDS.get(route);
            body.fieldNames().forEachRemaining(field -> {
                if (allowed == null || !allowed.contains(field)) {
                    problems.add(route + " sends unknown field " + field);
                }
            });
        }
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        switch (route) {
            case "POST /persons/search" -> {
                UUID id = persons.get(organisation + "/" + nameKey(body));
                answer(exchange, 200, id == null ? "[]" : "[{\"id\":\"" + id + "\",\"accessible\":true}]", null);
            }
            case "POST /persons" -> {
                UUID id = UUID.randomUUID();
                persons.put(organisation + "/" + nameKey(body), id);
                organisationOfPerson.put(id, organisation);
                if (!body.path("nir").asText().matches("\\d{15}")) {
                    problems.add("NIR not 15 digits");
                }
                answer(exchange, 201, "{\"id\":\"" + id + "\"}", "\"0\"");
            }
            case "POST /cases" -> {
                UUID person = UUID.fromString(body.path("personId").asText());
                if (!organisation.equals(organisationOfPerson.get(person))) {
                    problems.add("dossier opened by another CCAS");
                }
                body.path("team").forEach(member -> teams.add(organisation + "/" + member.asText()));
                UUID id = UUID.randomUUID();
                caseVersions.put(id, 0);
                answer(exchange, 201, "{\"id\":\"" + id + "\"}", "\"0\"");
            }
            case "PUT /cases/*", "POST /cases/*/close" -> {
                UUID id = caseId(path);
                if (!("\"" + caseVersions.get(id) + "\"").equals(ifMatch)) {
                    problems.add(route + " without the current ETag");
                }
                caseVersions.merge(id, 1, Integer::sum);
                if (route.endsWith("close")) {
                    closedCases.add(id);
                }
                answer(exchange, 200, "{\"id\":\"" + id + "\"}", "\"" + caseVersions.get(id) + "\"");
            }
            case "GET /cases/*" -> {
                UUID id = caseId(path);
                answer(exchange, 200, "{\"id\":\"" + id + "\"}", "\"" + caseVersions.get(id) + "\"");
            }
            case "POST /cases/*/notes" -> {
                UUID id = caseId(path);
                if (closedCases.contains(id)) {
                    problems.add("note on a closed dossier");
                }
                caseVersions.merge(id, 1, Integer::sum); // as if a note touched the dossier
                answer(exchange, 201, "{\"id\":\"" + UUID.randomUUID() + "\"}", null);
            }
            case "POST /prior-notices", "POST /consents" -> {
                List<String> recipients = new ArrayList<>();
                body.path("recipients").forEach(r -> recipients.add(r.asText()));
                recipients.add(body.path("recipient").asText());
                if (recipients.contains("caf-49")
                        && body.path("categories").toString().contains("HEALTH")) {
                    problems.add(route + " names the CAF for health data");
                }
                answer(exchange, 201, "{\"id\":\"" + UUID.randomUUID() + "\"}", "\"0\"");
            }
            case "POST /consents/*/withdrawal" -> answer(exchange, 200, "{}", "\"1\"");
            case "POST /delegations" -> {
                if (!organisation.equals("ccas-saumur")
                        || !body.path("to").asText().equals("collegue.saumur")) {
                    problems.add("a delegation other than agent.saumur's to collegue.saumur");
                }
                answer(exchange, 201, "{\"id\":\"" + UUID.randomUUID() + "\"}", null);
            }
            default -> {
                problems.add("unexpected " + route);
                answer(exchange, 404, "{}", null);
            }
        }
    }

    private static String nameKey(JsonNode body) {
        return body.path("lastName").asText() + "/" + body.path("firstNames").asText() + "/"
                + body.path("birthDate").asText();
    }

    private static UUID caseId(String path) {
        return UUID.fromString(path.split("/")[2]);
    }

    private static void answer(HttpExchange exchange, int status, String body, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
