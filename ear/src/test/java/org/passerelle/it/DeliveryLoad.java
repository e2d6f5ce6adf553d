package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Orientations sent in numbers to a partner system of the simulator, and what became of them on
 * both sides (the simulator's ledger, the outbox): for the delivery fault tests.
 */
final class DeliveryLoad {

    static final String AGENT = "agent.saumur";

    /** A partner's convention pointed at its simulated channel. */
    record Route(String partner, String cadre, String purpose, String channel, String endpoint) {

        void connect() {
            Simulator.connect(partner, cadre, purpose, channel, endpoint);
        }

        void disconnect() {
            Simulator.behave(partner, Map.of("replies", List.of()));
            Simulator.disconnect(partner, cadre, purpose);
        }

        void behave(Map<String, Object> behaviour) {
            Map<String, Object> silent = new HashMap<>(behaviour);
            silent.put("replies", List.of());
            Simulator.behave(partner, silent);
        }
    }

    static final Route CAF = new Route(
            "caf-49",
            "SOCIAL_ACTION",
            "acces-aux-droits",
            "HTTPS",
            Simulator.https("/caf/orientations").toString());
    static final Route CPAM = new Route(
            "cpam-49", "SOCIAL_ACTION", "acces-aux-droits", "SFTP", "sftp://127.0.0.1:" + Stack.SIMULATOR_SFTP_PORT);

    private DeliveryLoad() {}

    /** {@code count} orientations to the route's partner, sent by four senders side by side; their ids. */
    static List<String> send(Route route, int count) {
        return send(route, count, sent -> {});
    }

    /**
     * {@code count} orientations to the route's partner, held back while they are sent (the
     * partner down, each message parked an hour ahead) until {@link #release}: a backlog that
     * starts to leave at one instant, with no attempt spent meanwhile beyond the first ones.
     */
    static List<String> sendParked(Route route, int count) {
        route.behave(Map.of("down", true));
        List<String> ids;
        try {
            ids = send(route, count, DeliveryLoad::park);
            await("the backlog parked, none held by a worker")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> park(ids) >= 0
                            && outbox(
                                            ids,
                                            "held_by_node is not null or next_attempt_at < now() + interval '30 minutes'")
                                    == 0);
        } finally {
            route.behave(Map.of("down", false));
        }
        return ids;
    }

    /** Makes the parked messages due now; returns the instant they were released. */
    static Instant release(List<String> ids) {
        Instant released = Instant.now();
        assertThat(update(ids, "now()")).as("messages released").isEqualTo(ids.size());
        return released;
    }

    private static int park(List<String> ids) {
        return update(ids, "now() + interval '1 hour'");
    }

    private static int update(List<String> ids, String nextAttempt) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("update outbox_message set next_attempt_at = " + nextAttempt
                        + " where kind = 'ORIENTATION' and state = 'PENDING' and referral_id = any (?::uuid[])")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> send(Route route, int count, Consumer<List<String>> afterEach) {
        int senders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                int share = count / senders + (i < count % senders ? 1 : 0);
                parts.add(pool.submit(() -> sendForOneUsager(route, share, afterEach)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<List<String>> part : parts) {
                ids.addAll(part.get());
            }
            return ids;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sender failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code count} orientations of one new usager (last name and resources); {@code afterEach} sees the ids so far. */
    private static List<String> sendForOneUsager(Route route, int count, Consumer<List<String>> afterEach) {
        String personId = TestData.registerPerson(AGENT, TestData.person(TestData.unique("Charge"), TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        AGENT, personId, List.of(), new HashMap<>(Map.of("resources", "RSA " + TestData.unique(""))))
                .path("id")
                .asText();
        TestData.recordPriorNotice(AGENT, personId, route.partner(), List.of("IDENTITY", "RESOURCES"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(TestData.sent(
                    AGENT,
                    TestData.draftBody(
                            caseId,
                            route.partner(),
                            route.cadre(),
                            route.purpose(),
                            List.of("person.lastName", "case.resources"))));
            afterEach.accept(ids);
        }
        return ids;
    }

    /** The orientations among {@code ids} whose ORIENTATION reached the partner (a first arrival, not a duplicate). */
    static Set<String> arrived(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Set<String> arrived = new HashSet<>();
        for (JsonNode entry : Simulator.ledger()) {
            String referral = entry.path("referralId").asText();
            if (wanted.contains(referral) && entry.path("kind").asText().equals("ORIENTATION")) {
                arrived.add(referral);
            }
        }
        return arrived;
    }

    /** 0 lost, 0 double effects: each orientation arrived under one message id, and took effect once. */
    static void assertEachTookEffectOnce(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Set<String>> messageIds = new HashMap<>();
        Map<String, Integer> effects = new HashMap<>();
        for (JsonNode entry : Simulator.ledger()) {
            String referral = entry.path("referralId").asText();
            if (wanted.contains(referral) && entry.path("kind").asText().equals("ORIENTATION")) {
                messageIds
                        .computeIfAbsent(referral, r -> new HashSet<>())
                        .add(entry.path("messageId").asText());
                if (!entry.path("duplicate").asBoolean()) {
                    effects.merge(referral, 1, Integer::sum);
                }
            }
        }
        assertThat(messageIds.keySet()).as("0 lost").containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(messageIds.values())
                .as("one message id per orientation")
                .allSatisfy(m -> assertThat(m).hasSize(1));
        assertThat(effects.values()).as("0 double effects").containsOnly(1);
    }

    /** How many of the orientations' outbox messages are in the given condition (SQL on {@code outbox_message}). */
    static long outbox(List<String> ids, String condition) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_message where kind = 'ORIENTATION' and referral_id = any (?::uuid[])"
                                + " and (" + condition + ")")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return -1; // the database is out of reach for a moment: the caller polls again
        }
    }

    static long delivered(List<String> ids) {
        return outbox(ids, "state = 'DELIVERED'");
    }

    /**
     * One disclosure per message that left (issue 16): each orientation's message has exactly one
     * SHARE entry of the delivery naming it, whatever its attempts, and no UNDELIVERED one.
     */
    static void assertEachDisclosedOnce(List<String> ids) throws SQLException {
        Map<String, String> entries = new HashMap<>();
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("""
                        select m.id::text,
                               count(j.id) filter (where j.action = 'SHARE') || ' SHARE, '
                                   || count(j.id) filter (where j.action = 'UNDELIVERED') || ' UNDELIVERED'
                        from outbox_message m
                        left join journal_entry j
                               on j.request_id = m.id::text and j.username = 'system:partner-delivery'
                        where m.kind = 'ORIENTATION' and m.referral_id = any (?::uuid[])
                        group by m.id
                        """)) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        assertThat(entries).hasSize(ids.size());
        assertThat(entries.values()).as("the entries of each message").containsOnly("1 SHARE, 0 UNDELIVERED");
    }
}
