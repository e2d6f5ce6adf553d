package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the API against every kind of caller (S2, S6, S11): one table says who may
 * succeed; everyone else must be refused, and every refusal (403, 423, or 404 on an id that
 * exists) must be journaled with the caller and the target. No answer is a 5xx, and every error
 * is a problem+json with its request id. The table must cover every operation {@code /openapi}
 * lists, so that a new endpoint cannot skip it.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on alerts at any hour (one to review)")
class AuthorizationMatrixIT {

    /** The callers: the demo users, a colleague of the référent on none of the dossiers, a partner system. */
    enum Who {
        AGENT("agent.saumur"),
        COLLEAGUE(null),
        AGENT_VITRE("agent.vitre"),
        RECEPTION("accueil.saumur"),
        CAF("caf.instructeur"),
        CPAM("cpam.conseiller"),
        DEPT("dept.referent"),
        DPO("dpo.saumur"),
        MANAGER("responsable.saumur"),
        ADMIN("admin.passerelle"),
        CPAM_SYSTEM("service-account-cpam-49-system");

        private final String demoUsername;

        Who(String demoUsername) {
            this.demoUsername = demoUsername;
        }
    }

    private static final Set<Who> CCAS_AGENTS = EnumSet.of(Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE);
    private static final Set<Who> CASEWORKERS = EnumSet.of(Who.CAF, Who.CPAM, Who.DEPT);
    private static final String REASON = "Permanence: la référente est absente cette semaine.";
    private static final String RESTRICTION_REASON = "Demande de limitation RGPD art. 18, exactitude contestée";
    private static final String TODAY =
            java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();

    /** One request: the path under /api/v1 with its ids, a JSON body or null, extra headers. */
    record Call(String method, String path, Object body, String... headers) {}

    /**
     * An operation of the API: its {@code /openapi} key, who may get a 2xx, the call for a given
     * caller, and the ids a refusal's entry must name (any one of them), empty when it targets no usager.
     */
    record Operation(
            String key, String label, Set<Who> mayPass, Function<Who, Call> call, Supplier<Set<String>> targets) {}

    private static final Map<Who, String> USERNAMES = new HashMap<>();
    private static Fixture fixture;

    @BeforeAll
    static void setUp() {
        for (Who who : Who.values()) {
            USERNAMES.put(who, who.demoUsername);
        }
        USERNAMES.put(Who.COLLEAGUE, Keycloak.createUser("ccas-saumur", "ccas-agent"));
        fixture = new Fixture();
    }

    private static String token(Who who) {
        return who == Who.CPAM_SYSTEM ? Keycloak.systemToken("cpam-49-system") : Keycloak.token(USERNAMES.get(who));
    }

    @Test
    void everyOperationOfTheApiIsInTheMatrix() {
        JsonNode openapi = Http.json(Http.get(Stack.API.resolve("/openapi?format=JSON"), null));
        Set<String> listed = new TreeSet<>();
        openapi.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> listed.add(
                                method.toUpperCase() + " " + path.getKey().replaceFirst("^/api/v1", ""))));
        Set<String> covered = new TreeSet<>();
        operations().forEach(op -> covered.add(op.key()));

        assertThat(covered).as("operations of the matrix").containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void onlyThoseTheTableNamesSucceedAndEveryRefusalIsJournaled() {
        List<String> violations = new ArrayList<>();
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        for (Operation op : operations()) {
            // Those who must be refused go first, on the untouched target; those who may pass after.
            List<Who> order = new ArrayList<>();
            for (Who who : Who.values()) {
                if (!op.mayPass().contains(who)) {
                    order.add(who);
                }
            }
            order.addAll(op.mayPass());
            for (Who who : order) {
                Call call = op.call().apply(who);
                if (call == null) {
                    continue;
                }
                HttpResponse<String> response =
                        Http.send(call.method(), Http.api(call.path()), token(who), call.body(), call.headers());
                String what = op.label() + " as " + who;
                int status = response.statusCode();
                String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
                if (status >= 500) {
                    violations.add(what + ": " + status + " " + response.body());
                }
                if (status < 300 && !op.mayPass().contains(who)) {
                    violations.add(what + ": unexpected " + status);
                }
                if (status >= 400) {
                    if (!response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json")) {
                        violations.add(what + ": " + status + " is not problem+json");
                    }
                    if (requestId == null) {
                        violations.add(what + ": " + status + " without X-Request-Id");
                    }
                }
                if ((status == 401 || status == 403 || status == 404 || status == 423) && requestId != null) {
                    refusals.put(
                            requestId,
                            new Refusal(what, USERNAMES.get(who), op.targets().get()));
                } else if (status == 403 || status == 423) {
                    violations.add(what + ": refusal without a request id to find its entry");
                }
            }
        }
        violations.addAll(unjournaled(refusals));

        assertThat(violations)
                .as("violations of the matrix (%d refusals checked)", refusals.size())
                .isEmpty();
    }

    @Test
    void aPartnerSystemsTokenIsNoCaseworker() {
        String system = token(Who.CPAM_SYSTEM);
        Map<String, String> refusals = new LinkedHashMap<>();
        HttpResponse<String> read = Http.get(Http.api("/partner/referrals/" + fixture.sent), system);
        Http.assertProblem(read, 403);
        refusals.put(read.headers().firstValue("X-Request-Id").orElseThrow(), "read");
        for (String transition :
                List.of("acknowledge", "accept", "reject", "start", "hold", "resume", "complete", "fail", "cancel")) {
            HttpResponse<String> moved = Http.send(
                    "POST",
                    Http.api("/partner/referrals/" + fixture.inState(transition) + "/" + transition),
                    system,
                    Fixture.transitionBody(transition));
            Http.assertProblem(moved, 403);
            refusals.put(moved.headers().firstValue("X-Request-Id").orElseThrow(), transition);
        }

        Map<String, Refusal> expected = new LinkedHashMap<>();
        refusals.forEach((requestId, what) ->
                expected.put(requestId, new Refusal("CPAM system " + what, USERNAMES.get(Who.CPAM_SYSTEM), Set.of())));
        assertThat(unjournaled(expected)).isEmpty();
        String fresh = fixture.sentReferral();
        Http.assertProblem(
                Http.send("POST", Http.api("/partner/referrals/" + fresh + "/accept"), system, Map.of()), 403);
        JsonNode after = Http.json(Http.get(Http.api("/referrals/" + fresh), Keycloak.token("agent.saumur")));
        assertThat(after.path("status").asText())
                .as("the token accepted nothing")
                .isEqualTo("SENT");
        assertThat(after.path("recipient").isNull() || after.path("recipient").isMissingNode())
                .as("a service account is never a recipient (S2)")
                .isTrue();
    }

    /** A refusal to find in the journal: by whom, and the ids it was about. */
    private record Refusal(String what, String username, Set<String> targets) {}

    private static List<String> unjournaled(Map<String, Refusal> refusals) {
        List<String> violations = new ArrayList<>();
        try (Connection c = Stack.database();
                PreparedStatement s =
                        c.prepareStatement("select username, person_id, case_file_id, referral_id from journal_entry"
                                + " where request_id = ? and outcome <> 'ALLOW'")) {
            for (Map.Entry<String, Refusal> entry : refusals.entrySet()) {
                Refusal refusal = entry.getValue();
                s.setString(1, entry.getKey());
                boolean found = false;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Set<String> ids = new TreeSet<>();
                        for (int column = 2; column <= 4; column++) {
                            if (rs.getString(column) != null) {
                                ids.add(rs.getString(column));
                            }
                        }
                        boolean namesTarget = refusal.targets().isEmpty()
                                || refusal.targets().stream().anyMatch(ids::contains);
                        found |= rs.getString(1).equals(refusal.username()) && namesTarget;
                    }
                }
                if (!found) {
                    violations.add(refusal.what() + ": refusal not journaled with caller " + refusal.username()
                            + " and target " + refusal.targets());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return violations;
    }

    // ------------------------------------------------------------------------------------------
    // The table

    private static List<Operation> operations() {
        Fixture f = fixture;
        List<Operation> ops = new ArrayList<>();
        Set<Who> all = EnumSet.allOf(Who.class);
        Set<String> none = Set.of();
        Supplier<Set<String>> noTarget = () -> none;
        Supplier<Set<String>> person = () -> Set.of(f.personId, f.caseId);
        Supplier<Set<String>> referral = () -> Set.of(f.sent);

        ops.add(op("GET /me", all, w -> get("/me"), noTarget));
        ops.add(op("GET /exchange/keys", all, w -> get("/exchange/keys"), noTarget));

        // Usagers and dossiers: CCAS staff of the usager's CCAS, by relation (S6).
        ops.add(op(
                "POST /persons",
                EnumSet.of(Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE),
                w -> new Call("POST", "/persons", TestData.person(TestData.unique("Matrice"), TestData.nir())),
                noTarget));
        ops.add(op(
                "GET /persons/{id}",
                EnumSet.of(Who.AGENT, Who.RECEPTION),
                w -> get("/persons/" + f.personId),
                () -> Set.of(f.personId)));
        ops.add(op(
                "PUT /persons/{id}",
                EnumSet.of(Who.AGENT, Who.RECEPTION),
                w -> new Call(
                        "PUT",
                        "/persons/" + f.personId,
                        Map.of("phone", "06 00 00 00 01"),
                        "If-Match",
                        f.etag("/persons/" + f.personId)),
                () -> Set.of(f.personId)));
        ops.add(op(
                "POST /persons/{id}/nir-reveal",
                EnumSet.of(Who.AGENT),
                w -> new Call("POST", "/persons/" + f.personId + "/nir-reveal", Map.of("reason", "OUVERTURE_DROITS")),
                () -> Set.of(f.personId)));
        ops.add(op(
                "POST /persons/search",
                EnumSet.of(Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE, Who.RECEPTION, Who.DPO),
                w -> new Call(
                        "POST",
                        "/persons/search",
                        Map.of("lastName", f.lastName, "firstNames", "Élodie Marie", "birthDate", "1984-03-12")),
                noTarget));
        ops.add(op(
                "POST /cases",
                EnumSet.of(Who.AGENT),
                w -> new Call("POST", "/cases", Map.of("personId", f.personId)),
                () -> Set.of(f.personId)));
        ops.add(op("GET /cases/{id}", EnumSet.of(Who.AGENT), w -> get("/cases/" + f.caseId), person));
        ops.add(op(
                "PUT /cases/{id}",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "PUT",
                        "/cases/" + f.caseId,
                        Map.of("housing", "Hébergé chez un tiers"),
                        "If-Match",
                        f.etag("/cases/" + f.caseId)),
                person));
        // The référent and team, or the CCAS manager of the dossier's CCAS, who opens nothing of it (issue 18).
        ops.add(op(
                "PUT /cases/{id}/team",
                EnumSet.of(Who.AGENT, Who.MANAGER),
                w -> new Call(
                        "PUT",
                        "/cases/" + f.caseId + "/team",
                        Map.of("referent", "agent.saumur", "team", List.of()),
                        "If-Match",
                        f.etag("/cases/" + f.caseId)),
                person));
        ops.add(op(
                "POST /cases/{id}/close",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST", "/cases/" + f.closable + "/close", null, "If-Match", f.etag("/cases/" + f.closable)),
                () -> Set.of(f.closable)));
        ops.add(op(
                "POST /cases/{id}/reopen",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST",
                        "/cases/" + f.reopenable + "/reopen",
                        null,
                        "If-Match",
                        f.etag("/cases/" + f.reopenable)),
                () -> Set.of(f.reopenable)));
        ops.add(op(
                "GET /cases/{id}/history", EnumSet.of(Who.AGENT), w -> get("/cases/" + f.caseId + "/history"), person));
        ops.add(op("GET /cases/{id}/notes", EnumSet.of(Who.AGENT), w -> get("/cases/" + f.caseId + "/notes"), person));
        ops.add(op(
                "POST /cases/{id}/notes",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST",
                        "/cases/" + f.caseId + "/notes",
                        Map.of("type", "INTERNE", "category", "HOUSING", "body", "Visite à domicile prévue")),
                person));
        // Restriction (S15): the DPO of the dossier's CCAS, on dossiers of their own.
        ops.add(op(
                "PUT /cases/{id}/restriction",
                EnumSet.of(Who.DPO),
                w -> new Call("PUT", "/cases/" + f.restrictable + "/restriction", Map.of("reason", RESTRICTION_REASON)),
                () -> Set.of(f.restrictable)));
        ops.add(op(
                "DELETE /cases/{id}/restriction",
                EnumSet.of(Who.DPO),
                w -> new Call("DELETE", "/cases/" + f.restricted + "/restriction", null),
                () -> Set.of(f.restricted)));
        ops.add(op(
                "POST /cases/{id}/break-glass",
                EnumSet.of(Who.COLLEAGUE),
                w -> new Call("POST", "/cases/" + f.glassCase + "/break-glass", Map.of("reason", REASON)),
                () -> Set.of(f.glassCase)));

        // Delegations (S6): an agent for their own dossiers, the CCAS manager for any agent of the CCAS;
        // to a username no agent holds, so that the matrix's own callers gain nothing from them.
        ops.add(op(
                "POST /delegations",
                EnumSet.of(Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE, Who.MANAGER),
                w -> new Call("POST", "/delegations", Fixture.delegationBody(w == Who.MANAGER ? "agent.saumur" : null)),
                noTarget));
        ops.add(op(
                "GET /delegations",
                EnumSet.of(Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE, Who.MANAGER, Who.DPO),
                w -> get("/delegations"),
                noTarget));
        ops.add(op(
                "DELETE /delegations/{id}",
                EnumSet.of(Who.AGENT, Who.MANAGER),
                w -> new Call(
                        "DELETE",
                        "/delegations/" + (w == Who.MANAGER ? f.delegationForManager : f.delegationForAgent),
                        null),
                noTarget));

        // Information and consent (S4): the dossier's référent and team.
        ops.add(op(
                "GET /prior-notices",
                EnumSet.of(Who.AGENT),
                w -> get("/prior-notices?personId=" + f.personId),
                person));
        ops.add(op(
                "POST /prior-notices",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST",
                        "/prior-notices",
                        Map.of(
                                "personId",
                                f.personId,
                                "categories",
                                List.of("IDENTITY"),
                                "recipients",
                                List.of("dept-49"),
                                "means",
                                "IN_PERSON")),
                person));
        ops.add(op("GET /consents", EnumSet.of(Who.AGENT), w -> get("/consents?personId=" + f.personId), person));
        ops.add(op(
                "POST /consents", EnumSet.of(Who.AGENT), w -> new Call("POST", "/consents", f.consentBody()), person));
        ops.add(op("GET /consents/{id}", EnumSet.of(Who.AGENT), w -> get("/consents/" + f.consentId), person));
        // Objections (GDPR art. 21, S5): recorded by the agents who follow the usager (on an usager of
        // their own, with no orientation, so that its cascade touches nothing of the fixture's);
        // read by them and the DPO; reviewed by the DPO only.
        Supplier<Set<String>> objector = () -> Set.of(f.objector);
        ops.add(op(
                "POST /objections",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST",
                        "/objections",
                        Map.of(
                                "personId",
                                f.objector,
                                "recipient",
                                "caf-49",
                                "categories",
                                List.of("HOUSING"),
                                "means",
                                "WRITTEN")),
                objector));
        ops.add(op(
                "GET /objections",
                EnumSet.of(Who.AGENT, Who.DPO),
                w -> get("/objections?personId=" + f.objector),
                objector));
        ops.add(op("GET /objections/pending", EnumSet.of(Who.DPO), w -> get("/objections/pending"), noTarget));
        ops.add(op(
                "POST /objections/{id}/review",
                EnumSet.of(Who.DPO),
                w -> new Call("POST", "/objections/" + f.objectionId + "/review", Map.of("decision", "UPHELD")),
                noTarget));
        ops.add(op(
                "POST /consents/{id}/withdrawal",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST", "/consents/" + f.spareConsentId + "/withdrawal", Map.of("reason", "USAGER_WITHDREW")),
                person));

        // Conventions: the administrator manages them, CCAS agents read the active ones.
        ops.add(op(
                "GET /conventions",
                EnumSet.of(Who.ADMIN, Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE),
                w -> get("/conventions"),
                noTarget));
        ops.add(op(
                "GET /conventions/{id}",
                EnumSet.of(Who.ADMIN, Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE),
                w -> get("/conventions/" + f.conventionId),
                noTarget));
        ops.add(op(
                "POST /conventions",
                EnumSet.of(Who.ADMIN),
                w -> new Call("POST", "/conventions", Fixture.convention(TestData.unique("matrice-"))),
                noTarget));
        ops.add(op(
                "PUT /conventions/{id}",
                EnumSet.of(Who.ADMIN),
                w -> new Call(
                        "PUT",
                        "/conventions/" + f.ownConvention,
                        Fixture.convention(f.ownConventionPurpose),
                        "If-Match",
                        f.etag("/conventions/" + f.ownConvention, Who.ADMIN)),
                noTarget));
        ops.add(op(
                "POST /conventions/{id}/deactivation",
                EnumSet.of(Who.ADMIN),
                w -> new Call("POST", "/conventions/" + f.ownConvention + "/deactivation", null),
                noTarget));

        // Orientations, the CCAS side: the dossier's référent and team (S6).
        ops.add(op(
                "POST /referrals", EnumSet.of(Who.AGENT), w -> new Call("POST", "/referrals", f.draftBody()), person));
        ops.add(op(
                "GET /referrals",
                CCAS_AGENTS,
                w -> get("/referrals?scope=untaken&overdue=false&page=0&size=5"),
                noTarget));
        ops.add(op("GET /referrals/{id}", EnumSet.of(Who.AGENT), w -> get("/referrals/" + f.sent), referral));
        ops.add(op(
                "GET /referrals/{id}/preview",
                EnumSet.of(Who.AGENT),
                w -> get("/referrals/" + f.draft + "/preview"),
                () -> Set.of(f.draft)));
        ops.add(op(
                "POST /referrals/{id}/send",
                EnumSet.of(Who.AGENT),
                w -> new Call("POST", "/referrals/" + f.draft + "/send", null),
                () -> Set.of(f.draft)));
        ops.add(op(
                "POST /referrals/{id}/messages",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST",
                        "/referrals/" + f.sent + "/messages",
                        Map.of("message", "Le rendez-vous est confirmé.")),
                referral));
        ops.add(op(
                "POST /referrals/{id}/cancel",
                EnumSet.of(Who.AGENT),
                w -> new Call(
                        "POST", "/referrals/" + f.cancellable + "/cancel", Map.of("reasonCode", "SITUATION_CHANGED")),
                () -> Set.of(f.cancellable)));

        // Orientations, the partner side: the addressed organisation's caseworkers, then its named recipient (S2).
        ops.add(op(
                "GET /partner/referrals",
                CASEWORKERS,
                w -> get("/partner/referrals?scope=untaken&urgency=NORMAL&page=0&size=5"),
                noTarget));
        ops.add(op(
                "GET /partner/referrals/{id}",
                EnumSet.of(Who.CPAM),
                w -> get("/partner/referrals/" + f.sent),
                referral));
        ops.add(op(
                "POST /partner/referrals/{id}/messages",
                EnumSet.of(Who.CPAM),
                w -> new Call(
                        "POST",
                        "/partner/referrals/" + f.sent + "/messages",
                        Map.of("message", "Pouvez-vous préciser ?")),
                referral));
        for (String transition :
                List.of("acknowledge", "accept", "reject", "start", "hold", "resume", "complete", "fail", "cancel")) {
            ops.add(new Operation(
                    "POST /partner/referrals/{id}/{transition}",
                    "POST /partner/referrals/{id}/" + transition,
                    EnumSet.of(Who.CPAM),
                    w -> new Call(
                            "POST",
                            "/partner/referrals/" + f.inState(transition) + "/" + transition,
                            Fixture.transitionBody(transition)),
                    () -> Set.of(f.inState(transition))));
        }

        // Who works on an orientation (issue 18): its recipient hands it over; only the partner manager
        // assigns one not yet accepted (no caller of this table is one); the organisation's caseworkers.
        ops.add(op(
                "POST /partner/referrals/{id}/handover",
                EnumSet.of(Who.CPAM),
                w -> new Call(
                        "POST",
                        "/partner/referrals/" + f.handedOver + "/handover",
                        Map.of("to", "cpam.responsable", "reason", "Absence prolongée.")),
                () -> Set.of(f.handedOver)));
        ops.add(op(
                "POST /partner/referrals/{id}/assign",
                EnumSet.noneOf(Who.class),
                w -> new Call("POST", "/partner/referrals/" + f.sent + "/assign", Map.of("to", "cpam.conseiller")),
                referral));
        ops.add(op(
                "GET /partner/referrals/caseworkers",
                CASEWORKERS,
                w -> get("/partner/referrals/caseworkers"),
                noTarget));

        // The CCAS manager's working lists (issue 18): counts, ids and usernames of its own CCAS.
        ops.add(op("GET /team", EnumSet.of(Who.MANAGER), w -> get("/team"), noTarget));

        // The auditor's work (S11, S12, S14): the DPO of the CCAS; the indicators for the administrator and
        // the CCAS manager too (counts and durations, no personal value).
        ops.add(op("GET /journal", EnumSet.of(Who.DPO), w -> get("/journal?personId=" + f.personId), noTarget));
        ops.add(op(
                "GET /journal/export.csv",
                EnumSet.of(Who.DPO),
                w -> new Call("GET", "/journal/export.csv?personId=" + f.personId, null, "Accept", "text/csv"),
                noTarget));
        ops.add(op("GET /journal/integrity", EnumSet.of(Who.DPO), w -> get("/journal/integrity"), noTarget));
        ops.add(op("GET /alerts", EnumSet.of(Who.DPO), w -> get("/alerts"), noTarget));
        ops.add(op(
                "PUT /alerts/{id}/review",
                EnumSet.of(Who.DPO),
                w -> new Call(
                        "PUT",
                        "/alerts/" + f.alertId + "/review",
                        Map.of("state", "JUSTIFIED", "note", "Vérifié avec la responsable.")),
                noTarget));
        ops.add(op(
                "POST /access-reports",
                EnumSet.of(Who.DPO),
                w -> new Call("POST", "/access-reports", Map.of("personId", f.personId)),
                () -> Set.of(f.personId)));
        ops.add(op(
                "GET /register",
                EnumSet.of(Who.DPO),
                w -> new Call("GET", "/register", null, "Accept", "application/json"),
                noTarget));
        // The DPO's register of rights requests (issue 21): the DPO of the CCAS only.
        ops.add(op(
                "POST /rights-requests",
                EnumSet.of(Who.DPO),
                w -> new Call(
                        "POST",
                        "/rights-requests",
                        Map.of("personId", f.personId, "kind", "ACCESS", "receivedOn", TODAY, "channel", "EMAIL")),
                noTarget));
        ops.add(op("GET /rights-requests", EnumSet.of(Who.DPO), w -> get("/rights-requests"), noTarget));
        ops.add(op(
                "GET /rights-requests/{id}",
                EnumSet.of(Who.DPO),
                w -> get("/rights-requests/" + f.rightsRequestId),
                noTarget));
        ops.add(op(
                "POST /rights-requests/{id}/extension",
                EnumSet.of(Who.DPO),
                w -> new Call(
                        "POST",
                        "/rights-requests/" + f.rightsRequestId + "/extension",
                        Map.of("months", 1, "reason", "COMPLEXITY"),
                        "If-Match",
                        f.rightsRequestEtag()),
                noTarget));
        ops.add(op(
                "POST /rights-requests/{id}/answer",
                EnumSet.of(Who.DPO),
                w -> new Call(
                        "POST",
                        "/rights-requests/" + f.rightsRequestId + "/answer",
                        Map.of("answeredOn", TODAY, "outcome", "GRANTED"),
                        "If-Match",
                        f.rightsRequestEtag()),
                noTarget));
        ops.add(op(
                "GET /indicators/referrals",
                EnumSet.of(Who.DPO, Who.ADMIN, Who.MANAGER),
                w -> get("/indicators/referrals"),
                noTarget));

        // Administration: keys and channels.
        ops.add(op(
                "POST /key-rotations",
                EnumSet.of(Who.ADMIN),
                w -> new Call("POST", "/key-rotations", Map.of("organisation", "ccas-vitre")),
                noTarget));
        ops.add(op("GET /key-rotations", EnumSet.of(Who.ADMIN), w -> get("/key-rotations"), noTarget));
        ops.add(op(
                "GET /key-rotations/{id}",
                EnumSet.of(Who.ADMIN),
                w -> get("/key-rotations/" + f.rotationId),
                noTarget));
        ops.add(op("GET /partner-keys", EnumSet.of(Who.ADMIN), w -> get("/partner-keys"), noTarget));
        ops.add(op(
                "PUT /partner-keys/{partner}",
                EnumSet.of(Who.ADMIN),
                w -> new Call(
                        "PUT",
                        "/partner-keys/cpam-49",
                        Map.of(
                                "openpgp",
                                Simulator.keys("cpam-49").path("openpgp").asText())),
                noTarget));
        ops.add(op(
                "GET /deliveries",
                EnumSet.of(Who.ADMIN, Who.AGENT, Who.COLLEAGUE, Who.AGENT_VITRE),
                w -> get("/deliveries"),
                noTarget));
        ops.add(op(
                "POST /deliveries/{id}/resend",
                EnumSet.of(Who.ADMIN, Who.AGENT),
                w -> new Call("POST", "/deliveries/" + f.deliveryId + "/resend", null),
                () -> Set.of(f.delivered)));
        // Partner systems post signed statuses; an unsigned one is refused to them too, never accepted.
        ops.add(op(
                "POST /partner-updates",
                EnumSet.noneOf(Who.class),
                w -> new Call(
                        "POST",
                        "/partner-updates",
                        "{\"messageId\":\"" + java.util.UUID.randomUUID() + "\",\"referralId\":\"" + f.sent + "\"}",
                        "Passerelle-Signature",
                        "AAAA"),
                noTarget));
        return ops;
    }

    private static Operation op(String key, Set<Who> mayPass, Function<Who, Call> call, Supplier<Set<String>> targets) {
        return new Operation(key, key, mayPass, call, targets);
    }

    private static Call get(String path) {
        return new Call("GET", path, null);
    }

    // ------------------------------------------------------------------------------------------
    // The data the table works on, made through the API by those who may

    private static final class Fixture {
        final String lastName = TestData.unique("Matrice");
        final String personId;
        final String caseId;
        final String closable;
        final String reopenable;
        final String glassCase;
        final String restrictable;
        final String restricted;
        final String consentId;
        final String spareConsentId;
        final String conventionId;
        final String ownConvention;
        final String ownConventionPurpose = TestData.unique("matrice-");
        final String draft;
        final String sent;
        final String cancellable;
        final String handedOver;
        final Map<String, String> byTransition = new HashMap<>();
        final String alertId;
        final String rightsRequestId;
        final String objector;
        final String objectionId;
        final String rotationId;
        final String delivered;
        final String deliveryId;
        final String delegationForAgent;
        final String delegationForManager;

        Fixture() {
            String agent = "agent.saumur";
            personId = TestData.registerPerson(agent, TestData.person(lastName, TestData.nir()))
                    .path("id")
                    .asText();
            caseId = openCase(agent);
            closable = openCase(agent);
            reopenable = openCase(agent);
            HttpResponse<String> closed = Http.send(
                    "POST",
                    Http.api("/cases/" + reopenable + "/close"),
                    Keycloak.token(agent),
                    null,
                    "If-Match",
                    etag("/cases/" + reopenable));
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            // Restriction on dossiers of another usager: one to restrict, one restricted to lift.
            String restrictedPerson = TestData.registerPerson(
                            agent, TestData.person(TestData.unique("Limite"), TestData.nir()))
                    .path("id")
                    .asText();
            restrictable = TestData.openCase(agent, restrictedPerson, List.of(), new HashMap<>())
                    .path("id")
                    .asText();
            restricted = TestData.openCase(agent, restrictedPerson, List.of(), new HashMap<>())
                    .path("id")
                    .asText();
            HttpResponse<String> restriction = Http.send(
                    "PUT",
                    Http.api("/cases/" + restricted + "/restriction"),
                    Keycloak.token("dpo.saumur"),
                    Map.of("reason", RESTRICTION_REASON));
            assertThat(restriction.statusCode()).as(restriction.body()).isLessThan(300);
            // Break-glass on another usager's dossier, so that it opens nothing of this one's.
            String glassPerson = TestData.registerPerson(
                            agent, TestData.person(TestData.unique("Bris"), TestData.nir()))
                    .path("id")
                    .asText();
            glassCase = TestData.openCase(agent, glassPerson, List.of(), new HashMap<>())
                    .path("id")
                    .asText();
            TestData.recordPriorNotice(agent, personId, "cpam-49", List.of("IDENTITY", "CONTACT", "HEALTH"));
            consentId = TestData.recordConsent(
                    agent, personId, "cpam-49", "acces-aux-soins", List.of("IDENTITY", "CONTACT", "HEALTH"));
            spareConsentId = TestData.recordConsent(agent, personId, "dept-49", "insertion-rsa", List.of("IDENTITY"));
            String admin = Keycloak.token("admin.passerelle");
            conventionId = Http.json(Http.get(Http.api("/conventions?partner=cpam-49"), admin))
                    .get(0)
                    .path("id")
                    .asText();
            HttpResponse<String> created =
                    Http.send("POST", Http.api("/conventions"), admin, convention(ownConventionPurpose));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            ownConvention = Http.json(created).path("id").asText();
            draft = drafted();
            sent = sentReferral();
            cancellable = sentReferral();
            for (String transition : List.of("acknowledge", "accept", "reject", "cancel")) {
                byTransition.put(transition, sentReferral());
            }
            byTransition.put("start", moved(sentReferral(), "accept"));
            for (String transition : List.of("hold", "complete", "fail")) {
                byTransition.put(transition, moved(moved(sentReferral(), "accept"), "start"));
            }
            byTransition.put("resume", moved(moved(moved(sentReferral(), "accept"), "start"), "hold"));
            handedOver = moved(sentReferral(), "accept");
            // Passerelle knows a caseworker once they used the partner inbox: the one handed to.
            assertThat(Http.get(Http.api("/partner/referrals"), Keycloak.token("cpam.responsable"))
                            .statusCode())
                    .isEqualTo(200);
            // An alert of Saumur: an agent not on a dossier tries to read it (S12).
            String colleague = Keycloak.token(USERNAMES.get(Who.COLLEAGUE));
            Http.assertProblem(Http.get(Http.api("/cases/" + caseId), colleague), 403);
            JsonNode alerts = Http.json(Http.get(Http.api("/alerts?size=1"), Keycloak.token("dpo.saumur")));
            alertId = alerts.path("alerts").get(0).path("id").asText();
            HttpResponse<String> rightsRequest = Http.send(
                    "POST",
                    Http.api("/rights-requests"),
                    Keycloak.token("dpo.saumur"),
                    Map.of("personId", personId, "kind", "ACCESS", "receivedOn", TODAY, "channel", "LETTER"));
            assertThat(rightsRequest.statusCode()).as(rightsRequest.body()).isEqualTo(201);
            rightsRequestId = Http.json(rightsRequest).path("id").asText();
            objector = TestData.registerPerson(agent, TestData.person(TestData.unique("Opposition"), TestData.nir()))
                    .path("id")
                    .asText();
            TestData.openCase(agent, objector, List.of(), new HashMap<>());
            HttpResponse<String> objection = Http.send(
                    "POST",
                    Http.api("/objections"),
                    Keycloak.token(agent),
                    Map.of(
                            "personId",
                            objector,
                            "recipient",
                            "dept-49",
                            "categories",
                            List.of("IDENTITY"),
                            "means",
                            "ORAL"));
            assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
            objectionId = Http.json(objection).path("id").asText();
            HttpResponse<String> rotation =
                    Http.send("POST", Http.api("/key-rotations"), admin, Map.of("organisation", "ccas-vitre"));
            assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(202);
            rotationId = Http.json(rotation).path("id").asText();
            // A message to a partner's system, for the deliveries: the Département over AMQP.
            Simulator.connect(
                    "dept-49", "RSA", "insertion-rsa", "AMQP", "amqp://127.0.0.1:" + Stack.SIMULATOR_AMQP_PORT);
            TestData.recordPriorNotice(agent, personId, "dept-49", List.of("IDENTITY"));
            Map<String, Object> toDept = new HashMap<>(draftBody());
            toDept.putAll(Map.of(
                    "partner",
                    "dept-49",
                    "cadre",
                    "RSA",
                    "purpose",
                    "insertion-rsa",
                    "fields",
                    List.of("person.lastName")));
            HttpResponse<String> drafted = Http.send("POST", Http.api("/referrals"), Keycloak.token(agent), toDept);
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            delivered = Http.json(drafted).path("id").asText();
            HttpResponse<String> sentToDept =
                    Http.send("POST", Http.api("/referrals/" + delivered + "/send"), Keycloak.token(agent), null);
            assertThat(sentToDept.statusCode()).as(sentToDept.body()).isEqualTo(200);
            Simulator.disconnect("dept-49", "RSA", "insertion-rsa");
            JsonNode deliveries = Http.json(Http.get(Http.api("/deliveries"), Keycloak.token(agent)));
            Iterator<JsonNode> mine = deliveries.elements();
            String found = null;
            while (mine.hasNext()) {
                JsonNode delivery = mine.next();
                if (delivery.path("referralId").asText().equals(delivered)) {
                    found = delivery.path("id").asText();
                }
            }
            assertThat(found).as("the orientation's delivery").isNotNull();
            deliveryId = found;
            delegationForAgent = delegation();
            delegationForManager = delegation();
        }

        /** A delegation of agent.saumur's dossiers to a username no agent holds, for the DELETE. */
        private static String delegation() {
            HttpResponse<String> given =
                    Http.send("POST", Http.api("/delegations"), Keycloak.token("agent.saumur"), delegationBody(null));
            assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
            return Http.json(given).path("id").asText();
        }

        static Map<String, Object> delegationBody(String forAgent) {
            Map<String, Object> body = new HashMap<>();
            body.put("to", "remplacant.matrice");
            body.put(
                    "until",
                    java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString());
            body.put("reason", "Congés de fin d'année");
            if (forAgent != null) {
                body.put("for", forAgent);
            }
            return body;
        }

        private String openCase(String agent) {
            return TestData.openCase(
                            agent,
                            personId,
                            List.of(),
                            new HashMap<>(Map.of("healthNotes", "Suivi diabète " + TestData.unique(""))))
                    .path("id")
                    .asText();
        }

        Map<String, Object> draftBody() {
            return TestData.draftBody(
                    caseId,
                    "cpam-49",
                    "HEALTH",
                    "acces-aux-soins",
                    List.of("person.lastName", "person.firstNames", "case.healthNotes"));
        }

        Map<String, Object> consentBody() {
            return Map.of(
                    "personId",
                    personId,
                    "recipient",
                    "dept-49",
                    "purpose",
                    "insertion-rsa",
                    "categories",
                    List.of("IDENTITY"),
                    "means",
                    "WRITTEN",
                    "expiresOn",
                    java.time.LocalDate.now().plusMonths(6).toString());
        }

        private String drafted() {
            HttpResponse<String> created =
                    Http.send("POST", Http.api("/referrals"), Keycloak.token("agent.saumur"), draftBody());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return Http.json(created).path("id").asText();
        }

        /** The rights request's current ETag, read as the DPO: each write needs the version it read. */
        String rightsRequestEtag() {
            return Http.get(Http.api("/rights-requests/" + rightsRequestId), Keycloak.token("dpo.saumur"))
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
        }

        private String sentReferral() {
            String id = drafted();
            HttpResponse<String> sent =
                    Http.send("POST", Http.api("/referrals/" + id + "/send"), Keycloak.token("agent.saumur"), null);
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            return id;
        }

        private static String moved(String id, String transition) {
            HttpResponse<String> moved = Http.send(
                    "POST",
                    Http.api("/partner/referrals/" + id + "/" + transition),
                    Keycloak.token("cpam.conseiller"),
                    transitionBody(transition));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            return id;
        }

        String inState(String transition) {
            return byTransition.get(transition);
        }

        static Map<String, Object> transitionBody(String transition) {
            return switch (transition) {
                case "reject" -> Map.of("reasonCode", "HORS_COMPETENCE", "message", "Relève du Département.");
                case "complete" -> Map.of("reasonCode", "DROITS_OUVERTS");
                case "fail" -> Map.of("reasonCode", "INJOIGNABLE");
                case "cancel" -> Map.of("reasonCode", "DOUBLON");
                default -> Map.of();
            };
        }

        static Map<String, Object> convention(String purpose) {
            Map<String, Object> body = new HashMap<>();
            body.put("partner", "dept-49");
            body.put("cadre", "SOCIAL_ACTION");
            body.put("purpose", purpose);
            body.put("allowedFields", List.of("person.lastName", "person.firstNames"));
            return body;
        }

        /** The current ETag of a resource, read as the dossier's référent (or {@code who}). */
        String etag(String path) {
            return etag(path, Who.AGENT);
        }

        String etag(String path, Who who) {
            HttpResponse<String> read = Http.get(Http.api(path), token(who));
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            return read.headers().firstValue("ETag").orElseThrow();
        }
    }
}
