package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.secrecy.referral.ReferralActor;
import org.passerelle.secrecy.referral.ReferralLifecycle;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;
import org.passerelle.secrecy.referral.TransitionDecision;

/**
 * DESIGN §4 over HTTP: every (caller, status, transition) triple the API offers, for five callers
 * (the caseworker who accepts, a colleague of theirs, a CAF caseworker, the sender, an agent of
 * the same CCAS outside the dossier) and eight statuses. The expected answer comes from the one
 * table, {@link ReferralLifecycle} (itself checked exhaustively against an oracle in the secrecy
 * module): this test checks that the API classifies callers and enforces it, answering 200, 403,
 * 404 or 409, and that every refusal is journaled with the table's reason code.
 */
@ExtendWith(StackExtension.class)
class ReferralLifecycleIT {

    private static final String AGENT = "agent.saumur";
    private static final String CPAM = "cpam.conseiller";
    private static final List<String> PICK = List.of("person.lastName", "case.healthNotes");
    private static final List<ReferralStatus> STATUSES = List.of(
            ReferralStatus.DRAFT,
            ReferralStatus.SENT,
            ReferralStatus.RECEIVED,
            ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS,
            ReferralStatus.ON_HOLD,
            ReferralStatus.REJECTED,
            ReferralStatus.COMPLETED);
    private static final List<Transition> PARTNER_VERBS = List.of(
            Transition.ACKNOWLEDGE,
            Transition.ACCEPT,
            Transition.REJECT,
            Transition.START,
            Transition.HOLD,
            Transition.RESUME,
            Transition.COMPLETE,
            Transition.FAIL,
            Transition.CANCEL);

    private static String caseId;
    private static String colleague;
    private static String otherAgent;

    /** Who calls, and on which side of the API. */
    private record Caller(String username, boolean partnerSide) {}

    @BeforeAll
    static void anUsagerInformedAndConsentingToTheCpam() {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Lemaire"), TestData.nir()))
                .path("id")
                .asText();
        caseId = TestData.openCase(
                        AGENT,
                        personId,
                        List.of(),
                        new HashMap<>(Map.of("healthNotes", "Suivi " + TestData.unique(""))))
                .path("id")
                .asText();
        String token = Keycloak.token(AGENT);
        assertThat(Http.send(
                                "POST",
                                Http.api("/prior-notices"),
                                token,
                                Map.of(
                                        "personId",
                                        personId,
                                        "categories",
                                        List.of("IDENTITY", "HEALTH"),
                                        "recipients",
                                        List.of("cpam-49"),
                                        "means",
                                        "LETTER"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(Http.send(
                                "POST",
                                Http.api("/consents"),
                                token,
                                Map.of(
                                        "personId",
                                        personId,
                                        "recipient",
                                        "cpam-49",
                                        "purpose",
                                        "acces-aux-soins",
                                        "categories",
                                        List.of("IDENTITY", "HEALTH"),
                                        "means",
                                        "WRITTEN",
                                        "expiresOn",
                                        LocalDate.now(ZoneId.of("Europe/Paris"))
                                                .plusYears(1)
                                                .toString()))
                        .statusCode())
                .isEqualTo(201);
        colleague = Keycloak.createUser("cpam-49", "partner-caseworker");
        otherAgent = Keycloak.createUser("ccas-saumur", "ccas-agent");
    }

    /** A fresh orientation brought to {@code status} through the API. */
    private static String orientationIn(ReferralStatus status) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseFileId", caseId);
        body.put("partner", "cpam-49");
        body.put("cadre", "HEALTH");
        body.put("purpose", "acces-aux-soins");
        body.put("reason", "Orientation de test");
        body.put("fields", PICK);
        HttpResponse<String> created = Http.send("POST", Http.api("/referrals"), Keycloak.token(AGENT), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();
        List<Transition> path = switch (status) {
            case DRAFT -> List.of();
            case SENT -> List.of(Transition.SEND);
            case RECEIVED -> List.of(Transition.SEND, Transition.ACKNOWLEDGE);
            case ACCEPTED -> List.of(Transition.SEND, Transition.ACCEPT);
            case IN_PROGRESS -> List.of(Transition.SEND, Transition.ACCEPT, Transition.START);
            case ON_HOLD -> List.of(Transition.SEND, Transition.ACCEPT, Transition.START, Transition.HOLD);
            case REJECTED -> List.of(Transition.SEND, Transition.REJECT);
            case COMPLETED -> List.of(Transition.SEND, Transition.ACCEPT, Transition.COMPLETE);
            default -> throw new IllegalArgumentException(status.name());
        };
        for (Transition step : path) {
            HttpResponse<String> done =
                    attempt(step == Transition.SEND ? new Caller(AGENT, false) : new Caller(CPAM, true), id, step);
            assertThat(done.statusCode()).as("%s: %s", step, done.body()).isEqualTo(200);
        }
        return id;
    }

    private static HttpResponse<String> attempt(Caller caller, String id, Transition transition) {
        String token = Keycloak.token(caller.username());
        if (!caller.partnerSide()) {
            String verb = transition == Transition.SEND ? "send" : "cancel";
            return Http.send("POST", Http.api("/referrals/" + id + "/" + verb), token, Map.of());
        }
        Map<String, Object> body = switch (transition) {
            case REJECT -> Map.of("reasonCode", "DEJA_SUIVI", "message", "Déjà suivie");
            case COMPLETE, FAIL -> Map.of("reasonCode", "RESULTAT");
            default -> Map.of();
        };
        return Http.send(
                "POST",
                Http.api("/partner/referrals/" + id + "/" + transition.name().toLowerCase()),
                token,
                body);
    }

    /** The table's view of this caller on an orientation in this status (the recipient is who accepted it). */
    private static ReferralActor actor(Caller caller, ReferralStatus status) {
        boolean accepted = status == ReferralStatus.ACCEPTED
                || status == ReferralStatus.IN_PROGRESS
                || status == ReferralStatus.ON_HOLD
                || status == ReferralStatus.COMPLETED;
        if (caller.username().equals(CPAM)) {
            return accepted ? ReferralActor.RECIPIENT : ReferralActor.PARTNER_CASEWORKER;
        }
        if (caller.username().equals(colleague)) {
            return ReferralActor.PARTNER_CASEWORKER;
        }
        if (caller.username().equals("caf.instructeur")) {
            return ReferralActor.OTHER_PARTNER;
        }
        return caller.username().equals(AGENT) ? ReferralActor.SENDER : ReferralActor.OTHER_CCAS_AGENT;
    }

    private static int expectedStatus(TransitionDecision decision) {
        if (decision.allowed()) {
            return 200;
        }
        return switch (decision.refusal().orElseThrow()) {
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    private static List<String[]> journal(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select outcome, reason_code from journal_entry where request_id = ? order by id")) {
            s.setString(1, requestId);
            List<String[]> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTripleIsAnsweredAsTheTableSaysAndRefusalsAreJournaled() {
        List<Caller> callers = List.of(
                new Caller(CPAM, true),
                new Caller(colleague, true),
                new Caller("caf.instructeur", true),
                new Caller(AGENT, false),
                new Caller(otherAgent, false));
        SoftAssertions softly = new SoftAssertions();
        int allowed = 0;
        int refused = 0;
        for (ReferralStatus status : STATUSES) {
            String shared = orientationIn(status);
            for (Caller caller : callers) {
                List<Transition> verbs =
                        caller.partnerSide() ? PARTNER_VERBS : List.of(Transition.SEND, Transition.CANCEL);
                for (Transition transition : verbs) {
                    TransitionDecision decision = ReferralLifecycle.decide(actor(caller, status), status, transition);
                    // An allowed move changes the status: it gets an orientation of its own.
                    String id = decision.allowed() ? orientationIn(status) : shared;
                    HttpResponse<String> answer = attempt(caller, id, transition);
                    String triple = caller.username() + " " + status + " " + transition;
                    softly.assertThat(answer.statusCode())
                            .as("%s: %s", triple, answer.body())
                            .isEqualTo(expectedStatus(decision));
                    if (decision.allowed()) {
                        allowed++;
                        softly.assertThat(Http.json(answer).path("status").asText())
                                .as(triple)
                                .isEqualTo(transition.target().name());
                    } else {
                        refused++;
                        List<String[]> entries = journal(answer);
                        softly.assertThat(entries).as("journal of %s", triple).hasSize(1);
                        if (entries.size() == 1) {
                            softly.assertThat(entries.get(0)[0]).as(triple).isNotEqualTo("ALLOW");
                            softly.assertThat(entries.get(0)[1]).as(triple).isEqualTo(decision.reasonCode());
                        }
                    }
                }
            }
            JsonNode unchanged = Http.json(Http.get(Http.api("/referrals/" + shared), Keycloak.token(AGENT)));
            softly.assertThat(unchanged.path("status").asText())
                    .as("refusals leave %s as it was", status)
                    .isEqualTo(status.name());
        }
        softly.assertAll();
        assertThat(allowed).as("allowed triples tried").isGreaterThanOrEqualTo(20);
        assertThat(refused).as("refused triples tried").isGreaterThan(150);
    }
}
