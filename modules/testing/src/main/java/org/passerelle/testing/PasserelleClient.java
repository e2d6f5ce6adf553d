package org.passerelle.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.passerelle.testing.people.Category;
import org.passerelle.testing.people.Usager.Consent;
import org.passerelle.testing.people.Usager.ConsentMeans;
import org.passerelle.testing.people.Usager.InformationMeans;
import org.passerelle.testing.people.Usager.Note;
import org.passerelle.testing.people.Usager.Person;
import org.passerelle.testing.people.Usager.PriorNotice;
import org.passerelle.testing.people.Usager.Situation;
import org.passerelle.testing.people.Usager.WithdrawalReason;

/**
 * Passerelle's REST API as the demo agents use it: their tokens ({@link Tokens#user}), JSON bodies
 * in the shapes of the web module's request records, and the ETag sent back in {@code If-Match} on
 * every write to a dossier. A call answered otherwise than expected throws an {@link ApiException}.
 */
public final class PasserelleClient implements AutoCloseable {

    /** What the server answered to a creation: the id, and the ETag where the resource has a version. */
    public record Created(UUID id, String etag) {}

    private record OpenCase(
            UUID personId,
            List<String> team,
            String household,
            String resources,
            String housing,
            String healthNotes,
            String rsaStatus) {}

    private record NameSearch(String lastName, String firstNames, LocalDate birthDate) {}

    private record NoticeRequest(
            UUID personId,
            Instant informedAt,
            List<Category> categories,
            List<String> recipients,
            InformationMeans means) {}

    private record ConsentRequest(
            UUID personId,
            String recipient,
            String purpose,
            List<Category> categories,
            Instant givenAt,
            ConsentMeans means,
            String evidenceReference,
            LocalDate expiresOn) {}

    private record Withdrawal(WithdrawalReason reason) {}

    private record DelegationRequest(String to, Instant until, String reason) {}

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final Tokens tokens;

    /**
     * @param api      the server's base URL, e.g. {@code http://localhost:8080}
     * @param keycloak Keycloak's base URL, e.g. {@code http://localhost:8180}
     */
    public PasserelleClient(URI api, URI keycloak, String realm) {
        this(api, new Tokens(keycloak, realm));
    }

    public PasserelleClient(URI api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** The ids of the usagers of the agent's CCAS with these names and birth date. */
    public List<UUID> findByName(String agent, Person person) {
        JsonNode found = call(
                        agent,
                        "POST",
                        "/persons/search",
                        new NameSearch(person.lastName(), person.firstNames(), person.birthDate()),
                        null,
                        200)
                .body();
        List<UUID> ids = new ArrayList<>();
        found.forEach(hit -> ids.add(UUID.fromString(hit.path("id").asText())));
        return ids;
    }

    public UUID registerPerson(String agent, Person person) {
        return created(call(agent, "POST", "/persons", person, null, 201)).id();
    }

    /** Opens a dossier, the agent as référent, alone on it. */
    public Created openCase(String agent, UUID personId, Situation situation) {
        return openCase(agent, personId, situation, List.of());
    }

    /** Opens a dossier, the agent as référent, with these colleagues (usernames) on its team. */
    public Created openCase(String agent, UUID personId, Situation situation, List<String> team) {
        return created(call(
                agent,
                "POST",
                "/cases",
                new OpenCase(
                        personId,
                        List.copyOf(team),
                        situation.household(),
                        situation.resources(),
                        situation.housing(),
                        situation.healthNotes(),
                        situation.rsaStatus()),
                null,
                201));
    }

    /** Changes the given situation fields of the version read; returns the new ETag. */
    public String updateSituation(String agent, UUID caseId, String etag, Situation change) {
        return call(agent, "PUT", "/cases/" + caseId, change, etag, 200).etag();
    }

    public void addNote(String agent, UUID caseId, Note note) {
        call(agent, "POST", "/cases/" + caseId + "/notes", note, null, 201);
    }

    /** The dossier's current ETag, for a write after others. */
    public String caseEtag(String agent, UUID caseId) {
        return call(agent, "GET", "/cases/" + caseId, null, null, 200).etag();
    }

    public void closeCase(String agent, UUID caseId, String etag) {
        call(agent, "POST", "/cases/" + caseId + "/close", null, etag, 200);
    }

    /** Delegates a colleague of the agent's CCAS on the agent's dossiers, from now until {@code until} (S6). */
    public UUID delegate(String agent, String to, Instant until, String reason) {
        return created(call(agent, "POST", "/delegations", new DelegationRequest(to, until, reason), null, 201))
                .id();
    }

    /** Records a prior notice given by the agent. */
    public UUID recordNotice(String agent, UUID personId, PriorNotice notice) {
        return created(call(
                        agent,
                        "POST",
                        "/prior-notices",
                        new NoticeRequest(
                                personId,
                                notice.informedAt(),
                                notice.categories(),
                                notice.recipients(),
                                notice.means()),
                        null,
                        201))
                .id();
    }

    /** Records a consent given to the agent. */
    public Created recordConsent(String agent, UUID personId, Consent consent) {
        return created(call(
                agent,
                "POST",
                "/consents",
                new ConsentRequest(
                        personId,
                        consent.recipient(),
                        consent.purpose(),
                        consent.categories(),
                        consent.givenAt(),
                        consent.means(),
                        consent.evidenceReference(),
                        consent.expiresOn()),
                null,
                201));
    }

    /** Withdraws a consent; its ETag goes in {@code If-Match} if the server gave one. */
    public void withdrawConsent(String agent, Created consent, WithdrawalReason reason) {
        call(agent, "POST", "/consents/" + consent.id() + "/withdrawal", new Withdrawal(reason), consent.etag(), 200);
    }

    /**
     * Registers a partner's public keys and points its active convention for (cadre, purpose) at a
     * channel of the partner's own system, keeping the convention's other terms. Returns false when
     * no such convention is active.
     *
     * @param admin an administrator
     * @param keys  the partner's public keys as the simulator publishes them: {@code openpgp}, and
     *              {@code tlsCertificate} or {@code sshHostKey} by channel
     */
    public boolean connectPartner(
            String admin,
            String partner,
            JsonNode keys,
            String cadre,
            String purpose,
            String channel,
            String endpoint) {
        ObjectNode material = json.createObjectNode();
        for (String key : List.of("openpgp", "tlsCertificate", "sshHostKey")) {
            if (keys.hasNonNull(key)) {
                material.put(key, keys.path(key).asText());
            }
        }
        String fingerprint = call(admin, "PUT", "/partner-keys/" + partner, material, null, 200)
                .body()
                .path("fingerprint")
                .asText();
        return pointConvention(admin, partner, cadre, purpose, channel, endpoint, fingerprint);
    }

    /**
     * Points the partner's active convention for (cadre, purpose) at a channel, keeping its other
     * terms: {@code INBOX} with a null endpoint and key puts it back on Passerelle's inbox. Returns
     * false when no such convention is active.
     *
     * @param keyRef the fingerprint of the partner's registered keys
     */
    public boolean pointConvention(
            String admin,
            String partner,
            String cadre,
            String purpose,
            String channel,
            String endpoint,
            String keyRef) {
        ObjectNode changes = json.createObjectNode()
                .put("channel", channel)
                .put("endpoint", endpoint)
                .put("partnerKeyRef", keyRef);
        return reviseConvention(admin, partner, cadre, purpose, changes);
    }

    /**
     * Revises the partner's active convention for (cadre, purpose): the terms in {@code changes}
     * replace the convention's own (e.g. {@code channel}, {@code reminderDays}), the others are kept.
     * Returns false when no such convention is active.
     */
    public boolean reviseConvention(String admin, String partner, String cadre, String purpose, ObjectNode changes) {
        JsonNode convention = null;
        for (JsonNode c : call(admin, "GET", "/conventions?partner=" + partner, null, null, 200)
                .body()) {
            if (c.path("cadre").asText().equals(cadre)
                    && c.path("purpose").asText().equals(purpose)
                    && c.path("active").asBoolean()) {
                convention = c;
            }
        }
        if (convention == null) {
            return false;
        }
        String id = convention.path("id").asText();
        String etag = call(admin, "GET", "/conventions/" + id, null, null, 200).etag();
        ObjectNode terms = json.createObjectNode();
        for (String term : List.of(
                "allowedFields",
                "reminderDays",
                "urgentReminderDays",
                "expiryDays",
                "channel",
                "endpoint",
                "partnerKeyRef")) {
            if (convention.has(term)) { // the others take their default
                terms.set(term, convention.get(term));
            }
        }
        ArrayNode reasons = terms.putArray("rejectionReasons");
        convention
                .path("rejectionReasons")
                .forEach(r -> reasons.addObject()
                        .put("code", r.path("code").asText())
                        .put("label", r.path("label").asText()));
        terms.setAll(changes);
        call(admin, "PUT", "/conventions/" + id, terms, etag, 200);
        return true;
    }

    /** A call this client has no method for, as {@code user}: its JSON answer, which must have that status. */
    public JsonNode call(String user, String method, String path, Object body, int expected) {
        return call(user, method, path, body, null, expected).body();
    }

    private record Answer(JsonNode body, String etag) {}

    private static Created created(Answer answer) {
        return new Created(UUID.fromString(answer.body().path("id").asText()), answer.etag());
    }

    private Answer call(String agent, String method, String path, Object body, String ifMatch, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(withoutTrailingSlash(api) + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.user(agent))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = send(request.build(), method + " /api/v1" + path);
        if (response.statusCode() != expected) {
            throw new ApiException(
                    method + " /api/v1" + path + " answered " + response.statusCode() + problem(response.body()),
                    response.statusCode());
        }
        String text = response.body();
        return new Answer(
                text == null || text.isBlank() ? json.nullNode() : read(text),
                response.headers().firstValue("ETag").orElse(null));
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException(
                    what + ": cannot reach " + request.uri().getScheme() + "://"
                            + request.uri().getAuthority() + " (" + e + ")",
                    0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(what + ": interrupted", 0);
        }
    }

    /** The problem document's type, title, detail and field names: never a value (the server's rule). */
    private String problem(String body) {
        JsonNode problem = readOrEmpty(body);
        if (!problem.has("type")) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (").append(problem.path("type").asText());
        text.append(": ").append(problem.path("title").asText());
        if (problem.hasNonNull("detail")) {
            text.append(": ").append(problem.path("detail").asText());
        }
        for (JsonNode error : problem.path("errors")) {
            text.append("; ")
                    .append(error.path("field").asText())
                    .append(' ')
                    .append(error.path("reason").asText());
        }
        return text.append(')').toString();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException("the answer is not JSON", 0);
        }
    }

    private JsonNode readOrEmpty(String text) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : json.readTree(text);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() {
        http.close();
    }
}
