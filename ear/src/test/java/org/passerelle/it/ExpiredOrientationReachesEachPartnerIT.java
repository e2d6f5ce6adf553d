package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An orientation left unanswered expires (DESIGN §4) and its partner's system hears it: over each
 * channel — the CAF over HTTPS, the CPAM over SFTP + OpenPGP, the Département over AMQP — an
 * {@code EXPIRED} cancellation (docs/contract/cancellation.schema.json) reaches the partner
 * simulator, which reads it against the contract's schema and accepts it, and Passerelle records
 * it delivered. With 1-second days (Stack), a 1-day reminder and a 3-day expiry pass within seconds.
 */
@ExtendWith(StackExtension.class)
@OwnStack("counts on 1-second days")
class ExpiredOrientationReachesEachPartnerIT {

    /** An agent of Saumur of this class's own, so that its deliveries are this test's only. */
    private static String agent;

    private record Route(String partner, String cadre, String purpose, String channel, String endpoint) {}

    private static final List<Route> ROUTES = List.of(
            new Route(
                    "caf-49",
                    "SOCIAL_ACTION",
                    "acces-aux-droits",
                    "HTTPS",
                    Simulator.https("/caf/orientations").toString()),
            new Route(
                    "cpam-49",
                    "SOCIAL_ACTION",
                    "acces-aux-droits",
                    "SFTP",
                    "sftp://127.0.0.1:" + Stack.SIMULATOR_SFTP_PORT),
            new Route("dept-49", "RSA", "insertion-rsa", "AMQP", "amqp://127.0.0.1:" + Stack.SIMULATOR_AMQP_PORT));

    @BeforeAll
    static void connectThePartnersWithShortDelays() {
        agent = Keycloak.createUser("ccas-saumur", "ccas-agent");
        for (Route r : ROUTES) {
            Simulator.connect(r.partner(), r.cadre(), r.purpose(), r.channel(), r.endpoint());
            Simulator.reviseConvention(r.partner(), r.cadre(), r.purpose(), Map.of("reminderDays", 1, "expiryDays", 3));
            // Silent partners: nobody acknowledges, so the orientation stays SENT until it expires.
            Simulator.behave(
                    r.partner(),
                    Map.of("replies", List.of(), "down", false, "failTimes", 0, "duplicateReplies", false));
        }
    }

    @AfterAll
    static void backToTheInbox() {
        for (Route r : ROUTES) {
            Simulator.behave(r.partner(), Map.of("replies", List.of("ACKNOWLEDGE")));
            Simulator.disconnect(r.partner(), r.cadre(), r.purpose());
        }
    }

    /** A new usager of Saumur, told their name may go to the route's partner, oriented there; returns the orientation's id. */
    private static String sentTo(Route route) {
        String personId = TestData.registerPerson(agent, TestData.person(TestData.unique("Expire"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(agent, personId, List.of(), new LinkedHashMap<>())
                .path("id")
                .asText();
        TestData.recordPriorNotice(agent, personId, route.partner(), List.of("IDENTITY"));
        return TestData.sent(
                agent,
                TestData.draftBody(
                        caseId, route.partner(), route.cadre(), route.purpose(), List.of("person.lastName")));
    }

    /** The partner's arrival of this kind for the orientation, if any has come. */
    private static Optional<JsonNode> arrival(String referralId, String kind) {
        return Simulator.ledgerOf(referralId).stream()
                .filter(e -> e.path("kind").asText().equals(kind))
                .findFirst();
    }

    /** Where Passerelle's delivery of this kind of message about the orientation stands, as its sender sees it. */
    private static String deliveryState(String referralId, String kind) {
        HttpResponse<String> deliveries = Http.get(Http.api("/deliveries"), Keycloak.token(agent));
        assertThat(deliveries.statusCode()).as(deliveries.body()).isEqualTo(200);
        for (JsonNode delivery : Http.json(deliveries)) {
            if (delivery.path("referralId").asText().equals(referralId)
                    && delivery.path("kind").asText().equals(kind)) {
                return delivery.path("state").asText();
            }
        }
        return "none";
    }

    @Test
    void eachPartnerSystemAcceptsTheExpiryAsACancellation() throws Exception {
        Map<Route, String> sent = new LinkedHashMap<>();
        for (Route route : ROUTES) {
            sent.put(route, sentTo(route));
        }

        // Settled: the cancellation has arrived and Passerelle has its delivery's outcome (accepted or not).
        List<String> waiting = new ArrayList<>(sent.values());
        await("every cancellation at its partner, its delivery settled")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    waiting.removeIf(id -> arrival(id, "CANCELLATION").isPresent()
                            && !deliveryState(id, "CANCELLATION").equals("PENDING"));
                    assertThat(waiting)
                            .as("orientations whose cancellation did not reach the partner")
                            .isEmpty();
                });

        for (Map.Entry<Route, String> each : sent.entrySet()) {
            Route route = each.getKey();
            String id = each.getValue();
            JsonNode referral = Http.json(Http.get(Http.api("/referrals/" + id), Keycloak.token(agent)));
            assertThat(referral.path("status").asText()).as(route.channel()).isEqualTo("EXPIRED");

            JsonNode orientation = arrival(id, "ORIENTATION").orElseThrow();
            JsonNode cancellation = arrival(id, "CANCELLATION").orElseThrow();
            assertThat(cancellation.path("seq").asLong())
                    .as("after the orientation")
                    .isGreaterThan(orientation.path("seq").asLong());
            assertThat(cancellation.path("channel").asText()).isEqualTo(route.channel());
            assertThat(cancellation.path("signatureValid").asBoolean())
                    .as(route.channel())
                    .isTrue();
            assertThat(cancellation.path("rejectedBecause").isNull())
                    .as("%s accepted it: %s", route.channel(), cancellation.path("rejectedBecause"))
                    .isTrue();
            assertThat(cancellation.path("duplicate").asBoolean()).isFalse();
            assertThat(cancellation.path("document").path("reasonCode").asText())
                    .isEqualTo("EXPIRED");
            assertThat(cancellation.path("document").path("to").asText()).isEqualTo(route.partner());
            assertThat(deliveryState(id, "CANCELLATION"))
                    .as("Passerelle delivered it over %s", route.channel())
                    .isEqualTo("DELIVERED");
        }
    }
}
