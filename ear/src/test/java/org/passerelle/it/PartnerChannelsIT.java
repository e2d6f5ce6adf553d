package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partner channels on the real stack (issue 6, docs/partner-exchange.md): orientations travel to
 * the partner simulator — the CAF over HTTPS, the CPAM over SFTP + OpenPGP, the Département over
 * AMQP — carrying exactly the shared fields; the partners' answers come back signed, once; outages
 * and a crashed server lose nothing and duplicate nothing.
 */
@ExtendWith(StackExtension.class)
@OwnStack("crashes the server, counts on fast delivery retries")
class PartnerChannelsIT {

    private static final String AGENT = "agent.saumur";
    private static final String CASEWORKER = "agent-1234";

    private record Route(
            String partner,
            String cadre,
            String purpose,
            String channel,
            String endpoint,
            List<String> categories,
            List<String> pick) {}

    private static final Route CAF = new Route(
            "caf-49",
            "SOCIAL_ACTION",
            "acces-aux-droits",
            "HTTPS",
            Simulator.https("/caf/orientations").toString(),
            List.of("IDENTITY", "CONTACT", "RESOURCES"),
            List.of("person.lastName", "person.firstNames", "person.phone", "case.resources"));
    private static final Route CPAM = new Route(
            "cpam-49",
            "SOCIAL_ACTION",
            "acces-aux-droits",
            "SFTP",
            "sftp://127.0.0.1:" + Stack.SIMULATOR_SFTP_PORT,
            List.of("IDENTITY", "CONTACT", "RESOURCES"),
            List.of("person.lastName", "person.birthDate", "case.resources"));
    private static final Route CPAM_HEALTH = new Route(
            "cpam-49",
            "HEALTH",
            "acces-aux-soins",
            "SFTP",
            CPAM.endpoint(),
            List.of("IDENTITY", "HEALTH"),
            List.of("person.lastName", "case.healthNotes"));
    private static final Route DEPT = new Route(
            "dept-49",
            "RSA",
            "insertion-rsa",
            "AMQP",
            "amqp://127.0.0.1:" + Stack.SIMULATOR_AMQP_PORT,
            List.of("IDENTITY", "CONTACT", "RESOURCES", "RSA"),
            List.of("person.lastName", "person.address", "case.resources", "case.rsaStatus"));
    private static final List<Route> ROUTES = List.of(CAF, CPAM, CPAM_HEALTH, DEPT);

    @BeforeAll
    static void connectThePartners() {
        ROUTES.forEach(r -> Simulator.connect(r.partner(), r.cadre(), r.purpose(), r.channel(), r.endpoint()));
    }

    @AfterAll
    static void backToTheInbox() {
        for (String partner : List.of("caf-49", "cpam-49", "dept-49")) {
            Simulator.behave(
                    partner,
                    Map.of(
                            "replies",
                            List.of("ACKNOWLEDGE"),
                            "down",
                            false,
                            "failTimes",
                            0,
                            "duplicateReplies",
                            false));
        }
        ROUTES.forEach(r -> Simulator.disconnect(r.partner(), r.cadre(), r.purpose()));
    }

    /** An usager of Saumur with a dossier, told their data may go to the route's partner. */
    private record Usager(String personId, String caseId, String lastName, String resources) {}

    private static Usager usager(Route route) {
        String lastName = TestData.unique("Lemoine");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        Map<String, Object> situation = new HashMap<>();
        String resources = "RSA socle " + TestData.unique("");
        situation.put("resources", resources);
        situation.put("healthNotes", "Suivi diabète " + TestData.unique(""));
        situation.put("rsaStatus", "Allocataire " + TestData.unique(""));
        String caseId = TestData.openCase(AGENT, personId, List.of(), situation)
                .path("id")
                .asText();
        TestData.recordPriorNotice(AGENT, personId, route.partner(), route.categories());
        return new Usager(personId, caseId, lastName, resources);
    }

    /** A draft orientation of {@code u} by this route, not sent; returns its id. */
    private static String draft(Usager u, Route route) {
        HttpResponse<String> created = Http.send(
                "POST",
                Http.api("/referrals"),
                Keycloak.token(AGENT),
                TestData.draftBody(u.caseId(), route.partner(), route.cadre(), route.purpose(), route.pick()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).path("id").asText();
    }

    private static String send(Usager u, Route route) {
        return TestData.sent(
                AGENT, TestData.draftBody(u.caseId(), route.partner(), route.cadre(), route.purpose(), route.pick()));
    }

    private static JsonNode referral(String id) {
        HttpResponse<String> read = Http.get(Http.api("/referrals/" + id), Keycloak.token(AGENT));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Http.json(read);
    }

    private static List<String> timelineKinds(JsonNode referral) {
        List<String> kinds = new ArrayList<>();
        referral.path("timeline").forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    private static List<JsonNode> effects(List<JsonNode> ledger, String kind) {
        return ledger.stream()
                .filter(e -> e.path("kind").asText().equals(kind))
                .filter(e -> !e.path("duplicate").asBoolean())
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void anOrientationTravelsEachChannelAndTheAnswersComeBackOnItsTimeline() {
        Map<Route, String> sent = new HashMap<>();
        Map<Route, Usager> usagers = new HashMap<>();
        for (Route route : List.of(CAF, CPAM, DEPT)) {
            Simulator.behave(
                    route.partner(),
                    Map.of(
                            "replies",
                            List.of("ACKNOWLEDGE", "ACCEPT", "COMPLETE"),
                            "caseworker",
                            CASEWORKER,
                            "outcomeCode",
                            "DROITS_OUVERTS",
                            "duplicateReplies",
                            false));
            Usager u = usager(route);
            usagers.put(route, u);
            sent.put(route, send(u, route));
        }
        for (Route route : List.of(CAF, CPAM, DEPT)) {
            String id = sent.get(route);
            await(route.channel() + " orientation completed by " + route.partner())
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> referral(id).path("status").asText().equals("COMPLETED"));
            JsonNode referral = referral(id);
            // Files carry no order: over SFTP the acceptance may be read before the acknowledgement,
            // which then still shows on the timeline (PartnerReferralService.acknowledgedLate).
            assertThat(timelineKinds(referral))
                    .as(route.channel())
                    .containsSubsequence("SEND", "ACCEPT", "COMPLETE")
                    .contains("ACKNOWLEDGE");
            assertThat(referral.path("outcomeCode").asText()).isEqualTo("DROITS_OUVERTS");
            assertThat(referral.path("recipient").asText()).isEqualTo("system:" + route.partner() + "/" + CASEWORKER);

            List<JsonNode> ledger = Simulator.ledgerOf(id);
            assertThat(ledger).allSatisfy(e -> {
                assertThat(e.path("channel").asText()).isEqualTo(route.channel());
                assertThat(e.path("signatureValid").asBoolean()).isTrue();
            });
            JsonNode orientation = effects(ledger, "ORIENTATION").getFirst();
            assertThat(texts(orientation.path("fieldKeys")))
                    .as("S2: the triage view holds no field")
                    .isEmpty();
            assertThat(orientation.path("document").toString())
                    .doesNotContain(usagers.get(route).lastName());
            List<JsonNode> shares = effects(ledger, "SHARE");
            assertThat(shares).hasSize(1);
            // S3: exactly the allowed ∩ picked fields, and their values.
            assertThat(texts(shares.getFirst().path("fieldKeys")))
                    .as(route.channel())
                    .containsExactlyInAnyOrderElementsOf(route.pick());
            JsonNode fields = shares.getFirst().path("document").path("fields");
            assertThat(fields.path("person.lastName").asText())
                    .isEqualTo(usagers.get(route).lastName());
            assertThat(fields.path("case.resources").asText())
                    .isEqualTo(usagers.get(route).resources());
            assertThat(shares.getFirst().path("document").path("recipient").asText())
                    .isEqualTo(CASEWORKER);
        }
    }

    @Test
    void gnupgDecryptsTheCpamFileWithThePartnersKeyAndVerifiesOurSignature(@TempDir Path gnupgHome)
            throws IOException, InterruptedException {
        Simulator.behave("cpam-49", Map.of("replies", List.of()));
        String id = send(usager(CPAM), CPAM);
        await("the CPAM's file")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !effects(Simulator.ledgerOf(id), "ORIENTATION").isEmpty());
        String messageId = effects(Simulator.ledgerOf(id), "ORIENTATION")
                .getFirst()
                .path("messageId")
                .asText();
        Path file;
        try (var files = Files.walk(Stack.simulatorData())) {
            file = files.filter(p -> p.getFileName().toString().equals(messageId + ".pgp"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.setPosixFilePermissions(gnupgHome, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path passerelleKey = Files.writeString(
                gnupgHome.resolve("passerelle.asc"),
                Http.json(Http.get(Http.api("/exchange/keys"), null))
                        .path("openpgp")
                        .asText());
        Path cpamSecret = Stack.simulatorData().resolve("keys/cpam-49.secret.asc");
        assertThat(gpg(gnupgHome, "--import", cpamSecret.toString()).exit()).isZero();
        assertThat(gpg(gnupgHome, "--import", passerelleKey.toString()).exit()).isZero();

        Gpg decrypted = gpg(gnupgHome, "--status-fd", "2", "--decrypt", file.toString());

        assertThat(decrypted.exit()).as(decrypted.err()).isZero();
        assertThat(decrypted.err()).contains("[GNUPG:] DECRYPTION_OKAY", "[GNUPG:] GOODSIG");
        String signer = decrypted
                .err()
                .lines()
                .filter(l -> l.startsWith("[GNUPG:] VALIDSIG "))
                .findFirst()
                .orElseThrow()
                .split(" ")[2];
        String passerelleFingerprint = gpg(
                        gnupgHome,
                        "--with-colons",
                        "--import-options",
                        "show-only",
                        "--import",
                        passerelleKey.toString())
                .out()
                .lines()
                .filter(l -> l.startsWith("fpr:"))
                .findFirst()
                .orElseThrow()
                .split(":")[9];
        assertThat(signer).isEqualTo(passerelleFingerprint);
        JsonNode document = Http.JSON.readTree(decrypted.out());
        assertThat(document.path("messageId").asText()).isEqualTo(messageId);
        assertThat(document.path("referralId").asText()).isEqualTo(id);
        assertThat(document.path("schema").asText()).isEqualTo("passerelle.orientation/1");
    }

    private record Gpg(int exit, String out, String err) {}

    private static Gpg gpg(Path home, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("gpg", "--homedir", home.toString(), "--batch", "--no-tty", "--trust-model", "always"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Gpg(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aPartnerDownForTheWholeFirstWindowGetsEveryOrientationOnceWhenBack() throws SQLException {
        Simulator.behave("caf-49", Map.of("replies", List.of(), "down", true));
        List<String> ids = new ArrayList<>();
        try {
            Usager u = usager(CAF);
            for (int i = 0; i < 5; i++) {
                ids.add(send(u, CAF));
            }
            await("failed attempts while the CAF is down")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> minimumAttempts(ids) >= 2);
            assertThat(Simulator.ledger().stream()
                            .filter(e -> ids.contains(e.path("referralId").asText())))
                    .isEmpty();
        } finally {
            Simulator.behave("caf-49", Map.of("down", false));
        }
        await("delivery once the CAF is back")
                .atMost(Duration.ofSeconds(60))
                .until(() -> deliveredSafely(ids) == ids.size());
        assertDeliveredOnce(ids);
    }

    @Test
    void aServerKilledWhileDelivering200OrientationsLosesNoneAndDuplicatesNone() throws Exception {
        // The drafts first, the CAF down only while they are sent: on a loaded stack sending 200
        // takes long enough for the first ones to use up their retries (30) before the CAF is back.
        Usager u = usager(CAF);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            drafts.add(draft(u, CAF));
        }
        Simulator.behave("caf-49", Map.of("replies", List.of(), "down", true));
        String token = Keycloak.token(AGENT);
        List<String> ids = new ArrayList<>();
        for (String draft : drafts) {
            HttpResponse<String> sent = Http.send("POST", Http.api("/referrals/" + draft + "/send"), token, null);
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            ids.add(draft);
        }
        Simulator.behave("caf-49", Map.of("down", false));
        // On the suite's stack the first deliveries after the CAF's return have been seen to wait
        // over a minute (never on a quiet stack): the server's log showed its inbound routes being
        // restarted every few seconds meanwhile, which may leave a batch reserved for its whole
        // lease (3 minutes here). Four minutes, and the outbox's states said when even that is not
        // enough (see the closing note of the session that wrote this).
        try {
            await("deliveries under way")
                    .atMost(Duration.ofMinutes(4))
                    .failFast(
                            "a message used up its retries while the CAF was down",
                            () -> outboxCount(ids, "state = 'DEAD'") > 0)
                    .until(() -> arrived(ids) >= 20);
        } catch (ConditionTimeoutException stalled) {
            throw new AssertionError(
                    "deliveries did not start after the CAF came back; outbox: " + outboxStates(ids) + "; arrived: "
                            + arrived(ids),
                    stalled);
        }
        Stack.current().crashAndRestartWildFly();
        assertThat(arrived(ids)).as("killed mid-delivery").isLessThan(ids.size());

        await("every orientation delivered after the restart")
                .atMost(Duration.ofSeconds(120))
                .until(() -> deliveredSafely(ids) == ids.size());
        assertDeliveredOnce(ids);
    }

    /** The ledger holds one ORIENTATION effect per orientation, with one message id: a redelivery is a duplicate, never a second effect. */
    private static void assertDeliveredOnce(List<String> ids) {
        List<JsonNode> ledger = Simulator.ledger().stream()
                .filter(e -> ids.contains(e.path("referralId").asText()))
                .filter(e -> e.path("kind").asText().equals("ORIENTATION"))
                .toList();
        Map<String, Set<String>> messageIds = ledger.stream()
                .collect(Collectors.groupingBy(
                        e -> e.path("referralId").asText(),
                        Collectors.mapping(e -> e.path("messageId").asText(), Collectors.toCollection(TreeSet::new))));
        assertThat(messageIds).as("0 lost").hasSize(ids.size());
        assertThat(messageIds.values())
                .as("one message per orientation")
                .allSatisfy(m -> assertThat(m).hasSize(1));
        assertThat(effects(ledger, "ORIENTATION")).as("0 duplicate effects").hasSize(ids.size());
    }

    private static long arrived(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return Simulator.ledger().stream()
                .filter(e -> wanted.contains(e.path("referralId").asText()))
                .map(e -> e.path("referralId").asText())
                .distinct()
                .count();
    }

    private static long deliveredSafely(List<String> ids) {
        try {
            return delivered(ids);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long delivered(List<String> ids) throws SQLException {
        return outboxCount(ids, "state = 'DELIVERED'");
    }

    /** The orientations' outbox messages by state, with their attempts: what a stalled delivery looks like. */
    private static String outboxStates(List<String> ids) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement("select state, count(*), min(attempts), max(attempts)"
                        + " from outbox_message where referral_id = any (?::uuid[]) group by state")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            StringBuilder states = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.append(rs.getString(1))
                            .append('=')
                            .append(rs.getLong(2))
                            .append(" (attempts ")
                            .append(rs.getInt(3))
                            .append('-')
                            .append(rs.getInt(4))
                            .append(") ");
                }
            }
            return states.toString();
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static long minimumAttempts(List<String> ids) {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select coalesce(min(attempts), 0) from outbox_message where referral_id = any (?::uuid[])")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long outboxCount(List<String> ids, String condition) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_message where kind = 'ORIENTATION' and referral_id = any (?::uuid[]) and "
                                + condition)) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void duplicatedAndReplayedUpdatesChangeNothingAndABadSignatureIsRefusedAndJournaled(@TempDir Path gnupgHome)
            throws Exception {
        // The Département's system sends each reply twice over AMQP.
        Simulator.behave(
                "dept-49",
                Map.of(
                        "replies",
                        List.of("ACKNOWLEDGE", "ACCEPT"),
                        "caseworker",
                        CASEWORKER,
                        "duplicateReplies",
                        true));
        String deptId = send(usager(DEPT), DEPT);
        await("the Département's acceptance")
                .atMost(Duration.ofSeconds(60))
                .until(() -> referral(deptId).path("status").asText().equals("ACCEPTED"));
        // The duplicates travel behind: the copy of each reply (the acknowledgement's and the acceptance's).
        await("both duplicates journaled")
                .atMost(Duration.ofSeconds(30))
                .until(() -> journalCount(deptId, "inbound-duplicate") >= 2);
        assertThat(timelineKinds(referral(deptId)).stream().filter(k -> k.equals("ACKNOWLEDGE") || k.equals("ACCEPT")))
                .containsExactly("ACKNOWLEDGE", "ACCEPT");
        assertThat(journalCount(deptId, "inbound-duplicate"))
                .as("duplicates journaled")
                .isGreaterThanOrEqualTo(1);

        // A replay over HTTPS, signed with the CAF's key, by the CAF system's service account.
        Simulator.behave("caf-49", Map.of("replies", List.of(), "duplicateReplies", false));
        String cafId = send(usager(CAF), CAF);
        await("the CAF's copy")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !Simulator.ledgerOf(cafId).isEmpty());
        Files.setPosixFilePermissions(gnupgHome, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(gpg(
                                gnupgHome,
                                "--import",
                                Stack.simulatorData()
                                        .resolve("keys/caf-49.secret.asc")
                                        .toString())
                        .exit())
                .isZero();
        String status = status(cafId, "ACKNOWLEDGE");
        String signature = detachedSignature(gnupgHome, status);
        String token = Keycloak.systemToken("caf-49-system");

        HttpResponse<String> first = postUpdate(token, status, signature);
        HttpResponse<String> replay = postUpdate(token, status, signature);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).path("status").asText()).isEqualTo("APPLIED");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(Http.json(replay).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(timelineKinds(referral(cafId)).stream().filter("ACKNOWLEDGE"::equals))
                .hasSize(1);

        String forged = status(cafId, "CANCEL");
        long refusedBefore = refusedSignatures();
        HttpResponse<String> badlySigned = postUpdate(token, forged, signature);
        Http.assertProblem(badlySigned, 403);
        assertThat(refusedSignatures()).as("journaled").isEqualTo(refusedBefore + 1);
        assertThat(referral(cafId).path("status").asText()).isEqualTo("RECEIVED");

        // A caseworker's token is not a partner system's.
        Http.assertProblem(postUpdate(Keycloak.token("caf.instructeur"), status, signature), 403);
    }

    @Test
    void aMessageRefusedForGoodIsDeadForTheAgentAndTheAdminUntilResent() {
        Simulator.behave("caf-49", Map.of("replies", List.of()));
        // The administrator mistyped the CAF's address: its server answers 404, which no retry mends.
        String fingerprint = null;
        for (JsonNode key : Http.json(Http.get(Http.api("/partner-keys"), Keycloak.token(Simulator.ADMIN)))) {
            if (key.path("partner").asText().equals("caf-49")) {
                fingerprint = key.path("fingerprint").asText();
            }
        }
        assertThat(fingerprint)
                .isEqualTo(Simulator.keys("caf-49").path("fingerprint").asText());
        Simulator.reviseConvention(
                CAF.partner(),
                CAF.cadre(),
                CAF.purpose(),
                "HTTPS",
                Simulator.https("/caf/nowhere").toString(),
                fingerprint);
        String id;
        try {
            id = send(usager(CAF), CAF);
            await("the dead letter")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries(Keycloak.token(AGENT), "DEAD").stream()
                            .anyMatch(d -> d.path("referralId").asText().equals(id)));
        } finally {
            Simulator.reviseConvention(CAF.partner(), CAF.cadre(), CAF.purpose(), "HTTPS", CAF.endpoint(), fingerprint);
        }
        JsonNode dead = deliveries(Keycloak.token(Simulator.ADMIN), "DEAD").stream()
                .filter(d -> d.path("referralId").asText().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(dead.path("lastError").asText()).isEqualTo("http-404");
        assertThat(dead.path("kind").asText()).isEqualTo("ORIENTATION");
        assertThat(dead.path("attempts").asInt())
                .as("refused for good: no retry")
                .isEqualTo(1);
        assertThat(Simulator.ledgerOf(id)).isEmpty();
        Http.assertProblem(Http.get(Http.api("/deliveries"), Keycloak.token("caf.instructeur")), 403);
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/deliveries/" + dead.path("id").asText() + "/resend"),
                        Keycloak.token("agent.vitre"),
                        null),
                404);

        HttpResponse<String> resent = Http.send(
                "POST",
                Http.api("/deliveries/" + dead.path("id").asText() + "/resend"),
                Keycloak.token(Simulator.ADMIN),
                null);

        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        await("the resent orientation at the CAF")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !effects(Simulator.ledgerOf(id), "ORIENTATION").isEmpty());
        assertThat(effects(Simulator.ledgerOf(id), "ORIENTATION")
                        .getFirst()
                        .path("messageId")
                        .asText())
                .as("the same message id")
                .isEqualTo(dead.path("id").asText());
        await("delivered")
                .atMost(Duration.ofSeconds(10))
                .until(() -> deliveries(Keycloak.token(AGENT), "DELIVERED").stream()
                        .anyMatch(d ->
                                d.path("id").asText().equals(dead.path("id").asText())));
        Http.assertProblem(
                Http.send(
                        "POST",
                        Http.api("/deliveries/" + dead.path("id").asText() + "/resend"),
                        Keycloak.token(Simulator.ADMIN),
                        null),
                409);
    }

    private static List<JsonNode> deliveries(String token, String state) {
        HttpResponse<String> list = Http.get(Http.api("/deliveries?state=" + state), token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<JsonNode> deliveries = new ArrayList<>();
        Http.json(list).forEach(deliveries::add);
        return deliveries;
    }

    @Test
    void aMessageIsTriageTextBeforeAcceptanceAndForTheNamedRecipientAfter() {
        Simulator.behave("cpam-49", Map.of("replies", List.of("ACKNOWLEDGE"), "duplicateReplies", false));
        String before = send(usager(CPAM), CPAM);
        await("the CPAM's acknowledgement")
                .atMost(Duration.ofSeconds(60))
                .until(() -> referral(before).path("status").asText().equals("RECEIVED"));
        Simulator.behave(
                "cpam-49",
                Map.of(
                        "replies",
                        List.of("ACKNOWLEDGE", "ACCEPT"),
                        "caseworker",
                        CASEWORKER,
                        "duplicateReplies",
                        false));
        String after = send(usager(CPAM), CPAM);
        await("the CPAM's acceptance")
                .atMost(Duration.ofSeconds(60))
                .until(() -> referral(after).path("status").asText().equals("ACCEPTED"));

        for (String id : List.of(before, after)) {
            HttpResponse<String> written = Http.send(
                    "POST",
                    Http.api("/referrals/" + id + "/messages"),
                    Keycloak.token(AGENT),
                    Map.of("message", "Rendez-vous confirmé."));
            assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        }
        await("both messages at the CPAM")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !effects(Simulator.ledgerOf(before), "MESSAGE").isEmpty()
                        && !effects(Simulator.ledgerOf(after), "MESSAGE").isEmpty());

        JsonNode triage =
                effects(Simulator.ledgerOf(before), "MESSAGE").getFirst().path("document");
        assertThat(triage.path("audience").asText()).isEqualTo("TRIAGE");
        assertThat(triage.has("recipient"))
                .as("no recipient before acceptance (S2)")
                .isFalse();
        JsonNode named =
                effects(Simulator.ledgerOf(after), "MESSAGE").getFirst().path("document");
        assertThat(named.path("audience").asText()).isEqualTo("RECIPIENT");
        assertThat(named.path("recipient").asText()).isEqualTo(CASEWORKER);
    }

    @Test
    void aConsentWithdrawalReachesThePartnersSystemAsACancellation() {
        Simulator.behave("cpam-49", Map.of("replies", List.of("ACKNOWLEDGE"), "duplicateReplies", false));
        Usager u = usager(CPAM_HEALTH);
        String consentId = TestData.recordConsent(
                AGENT, u.personId(), "cpam-49", "acces-aux-soins", List.of("IDENTITY", "HEALTH"));
        String id = send(u, CPAM_HEALTH);
        await("the CPAM's acknowledgement")
                .atMost(Duration.ofSeconds(60))
                .until(() -> referral(id).path("status").asText().equals("RECEIVED"));

        HttpResponse<String> withdrawn = Http.send(
                "POST",
                Http.api("/consents/" + consentId + "/withdrawal"),
                Keycloak.token(AGENT),
                Map.of("reason", "USAGER_WITHDREW"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        await("the cancellation at the CPAM")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !effects(Simulator.ledgerOf(id), "CANCELLATION").isEmpty());
        JsonNode cancellation = effects(Simulator.ledgerOf(id), "CANCELLATION").getFirst();
        assertThat(cancellation.path("document").path("reasonCode").asText()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(cancellation.path("channel").asText()).isEqualTo("SFTP");
        assertThat(effects(Simulator.ledgerOf(id), "SHARE"))
                .as("nothing shared")
                .isEmpty();
    }

    @Test
    void anObjectionReachesThePartnersSystemAsACancellation() {
        Usager u = usager(CAF);
        String id = receivedByTheCaf(u);

        HttpResponse<String> objected = Http.send(
                "POST",
                Http.api("/objections"),
                Keycloak.token(AGENT),
                Map.of(
                        "personId",
                        u.personId(),
                        "recipient",
                        "caf-49",
                        "categories",
                        List.of("RESOURCES"),
                        "means",
                        "WRITTEN"));
        assertThat(objected.statusCode()).as(objected.body()).isEqualTo(201);

        assertThat(cancellationAtThePartner(id).path("reasonCode").asText()).isEqualTo("USAGER_OBJECTED");
    }

    @Test
    void aClosedDossierReachesThePartnersSystemAsACancellation() {
        Usager u = usager(CAF);
        String id = receivedByTheCaf(u);

        String token = Keycloak.token(AGENT);
        String version = Http.get(Http.api("/cases/" + u.caseId()), token)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> closed =
                Http.send("POST", Http.api("/cases/" + u.caseId() + "/close"), token, null, "If-Match", version);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        assertThat(cancellationAtThePartner(id).path("reasonCode").asText()).isEqualTo("CASE_CLOSED");
    }

    /** An orientation of {@code u} to the CAF, sent over HTTPS and acknowledged by its system; its id. */
    private static String receivedByTheCaf(Usager u) {
        Simulator.behave("caf-49", Map.of("replies", List.of("ACKNOWLEDGE"), "duplicateReplies", false));
        String id = send(u, CAF);
        await("the CAF's acknowledgement")
                .atMost(Duration.ofSeconds(60))
                .until(() -> referral(id).path("status").asText().equals("RECEIVED"));
        return id;
    }

    /** The orientation is cancelled at once, and its partner's system receives the cancellation: its document. */
    private static JsonNode cancellationAtThePartner(String id) {
        assertThat(referral(id).path("status").asText()).isEqualTo("CANCELLED");
        await("the cancellation at the partner")
                .atMost(Duration.ofSeconds(30))
                .until(() -> !effects(Simulator.ledgerOf(id), "CANCELLATION").isEmpty());
        return effects(Simulator.ledgerOf(id), "CANCELLATION").getFirst().path("document");
    }

    private static String status(String referralId, String type) {
        return "{\"schema\":\"passerelle.status/1\",\"messageId\":\"" + UUID.randomUUID() + "\",\"referralId\":\""
                + referralId + "\",\"from\":\"caf-49\",\"type\":\"" + type + "\",\"sentAt\":\"" + Instant.now() + "\"}";
    }

    private static String detachedSignature(Path gnupgHome, String body) throws IOException, InterruptedException {
        Path file = Files.writeString(gnupgHome.resolve("status-" + UUID.randomUUID() + ".json"), body);
        Gpg signed =
                gpg(gnupgHome, "--local-user", "caf-49", "--digest-algo", "SHA256", "--detach-sign", file.toString());
        assertThat(signed.exit()).as(signed.err()).isZero();
        return Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(file + ".sig")));
    }

    private static HttpResponse<String> postUpdate(String token, String body, String signature) {
        return Http.send("POST", Http.api("/partner-updates"), token, body, "Passerelle-Signature", signature);
    }

    private static long refusedSignatures() throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from journal_entry where reason_code = 'bad-signature' and outcome = 'FORBIDDEN'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long journalCount(String referralId, String reasonCode) throws SQLException {
        try (Connection c = Stack.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from journal_entry where referral_id = ?::uuid and reason_code = ?")) {
            s.setString(1, referralId);
            s.setString(2, reasonCode);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
