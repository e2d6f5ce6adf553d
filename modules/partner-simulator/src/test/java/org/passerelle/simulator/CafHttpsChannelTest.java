package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.openpgp.OpenPgpCertificate;
import org.passerelle.simulator.openpgp.OpenPgpKey;
import org.passerelle.simulator.openpgp.SignatureCheck;
import org.passerelle.simulator.openpgp.Signatures;

/** caf-49 over HTTPS, driven the way Passerelle's exchange module will: pinned certificate, signed bodies. */
class CafHttpsChannelTest {

    private static SimulatorFixture fixture;
    private static CafClient caf;
    private static OpenPgpCertificate cafCertificate;

    @BeforeAll
    static void start() throws Exception {
        fixture = SimulatorFixture.start();
        JsonNode keys = fixture.getJson("/keys/caf-49");
        cafCertificate = OpenPgpCertificate.read(keys.path("openpgp").asText());
        assertThat(keys.path("fingerprint").asText()).matches("[0-9A-F]{40}").isEqualTo(cafCertificate.fingerprint());
        caf = new CafClient(fixture);
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    @Test
    void aSignedShareIsRecordedWithItsFieldKeysSorted() throws Exception {
        ObjectNode share = Documents.share(
                Documents.newId(),
                Partner.CAF_49,
                Map.of("person.nir", "199999999999999", "person.lastName", "Exemple", "case.resources", "RSA"));

        assertThat(post(share, signedByPasserelle(share)).statusCode()).isEqualTo(202);

        JsonNode entry = fixture.ledger(share.get("messageId").asText()).getFirst();
        assertThat(entry.path("partner").asText()).isEqualTo("caf-49");
        assertThat(entry.path("channel").asText()).isEqualTo("HTTPS");
        assertThat(entry.path("kind").asText()).isEqualTo("SHARE");
        assertThat(entry.path("referralId").asText())
                .isEqualTo(share.get("referralId").asText());
        assertThat(entry.path("fieldKeys"))
                .extracting(JsonNode::asText)
                .containsExactly("case.resources", "person.lastName", "person.nir");
        assertThat(entry.path("signatureValid").asBoolean()).isTrue();
        assertThat(entry.path("duplicate").asBoolean()).isFalse();
        assertThat(entry.path("document").path("fields").path("person.lastName").asText())
                .isEqualTo("Exemple");
    }

    @Test
    void aBadlySignedDeliveryGets401AndIsNoEffect() throws Exception {
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
        OpenPgpKey intruder = OpenPgpKey.generate("intruder");
        byte[] otherBytes = Documents.bytes(Documents.orientation(Documents.newId(), Partner.CAF_49));

        assertThat(post(orientation, Signatures.signDetached(Documents.bytes(orientation), intruder))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post(orientation, Signatures.signDetached(otherBytes, fixture.passerelle.openPgpKey))
                        .statusCode())
                .isEqualTo(401);
        assertThat(post(orientation, null).statusCode()).isEqualTo(401);
        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(202);

        List<JsonNode> entries = fixture.ledger(orientation.get("messageId").asText());
        assertThat(entries).hasSize(4);
        assertThat(entries.subList(0, 3)).allSatisfy(entry -> {
            assertThat(entry.path("signatureValid").asBoolean()).isFalse();
            assertThat(entry.path("rejectedBecause").asText()).startsWith("signature");
        });
        // the refused ones were no effect: the good one is the first, not a duplicate
        assertThat(entries.get(3).path("signatureValid").asBoolean()).isTrue();
        assertThat(entries.get(3).path("duplicate").asBoolean()).isFalse();
    }

    @Test
    void aRepeatedMessageIdIsAcceptedAgainAndRecordedAsDuplicateWithoutNewReplies() throws Exception {
        fixture.behaviour(Partner.CAF_49, "{\"replies\": [\"ACKNOWLEDGE\"]}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
        String referralId = orientation.get("referralId").asText();

        HttpResponse<String> first = post(orientation, signedByPasserelle(orientation));
        HttpResponse<String> second = post(orientation, signedByPasserelle(orientation));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.body()).contains("DUPLICATE");
        List<JsonNode> entries = fixture.ledger(orientation.get("messageId").asText());
        assertThat(entries).extracting(e -> e.path("duplicate").asBoolean()).containsExactly(false, true);
        SimulatorFixture.await(() -> updatesFor(referralId), updates -> !updates.isEmpty());
        assertThat(updatesFor(referralId))
                .extracting(u -> u.path("type").asText())
                .containsExactly("ACKNOWLEDGE");
    }

    @Test
    void statusesUpToAcceptAnswerTheOrientationAndTheRestAnswerTheShare() throws Exception {
        fixture.behaviour(
                Partner.CAF_49,
                "{\"replies\": [\"ACKNOWLEDGE\", \"ACCEPT\", \"COMPLETE\"], \"caseworker\": \"agent-42\"}");
        String referralId = Documents.newId();
        ObjectNode orientation = Documents.orientation(referralId, Partner.CAF_49);

        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(202);
        List<JsonNode> answers = SimulatorFixture.await(() -> updatesFor(referralId), u -> u.size() >= 2);
        assertThat(answers).extracting(u -> u.path("type").asText()).containsExactly("ACKNOWLEDGE", "ACCEPT");
        assertThat(answers.get(1).path("caseworker").asText()).isEqualTo("agent-42");
        assertThat(answers).allSatisfy(u -> {
            assertThat(u.path("schema").asText()).isEqualTo("passerelle.status/1");
            assertThat(u.path("from").asText()).isEqualTo("caf-49");
            assertThat(u.path("messageId").asText()).matches("[0-9a-f-]{36}");
        });
        assertThat(fixture.passerelle.updates).allSatisfy(update -> {
            assertThat(update.authorization()).isEqualTo("Bearer " + FakePasserelle.TOKEN);
            assertThat(Signatures.verify(
                            update.body(),
                            Signatures.readDetached(Base64.getDecoder().decode(update.signature())),
                            cafCertificate))
                    .isEqualTo(SignatureCheck.VALID);
        });

        ObjectNode share = Documents.share(referralId, Partner.CAF_49, Map.of("person.lastName", "Exemple"));
        assertThat(post(share, signedByPasserelle(share)).statusCode()).isEqualTo(202);
        answers = SimulatorFixture.await(() -> updatesFor(referralId), u -> u.size() >= 3);
        assertThat(answers.get(2).path("type").asText()).isEqualTo("COMPLETE");
        assertThat(answers.get(2).path("reasonCode").asText()).isEqualTo("DROITS_OUVERTS");
        List<JsonNode> recorded = SimulatorFixture.await(
                () -> {
                    try {
                        return fixture.replies(referralId);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                r -> r.size() >= 3);
        assertThat(recorded).extracting(r -> r.path("result").asInt()).containsOnly(200);
    }

    @Test
    void duplicateRepliesSendsEachStatusTwiceWithTheSameMessageId() throws Exception {
        fixture.behaviour(Partner.CAF_49, "{\"replies\": [\"ACKNOWLEDGE\"], \"duplicateReplies\": true}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
        String referralId = orientation.get("referralId").asText();

        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(202);

        List<JsonNode> answers = SimulatorFixture.await(() -> updatesFor(referralId), u -> u.size() >= 2);
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).path("messageId").asText())
                .isEqualTo(answers.get(1).path("messageId").asText());
    }

    @Test
    void failTimesAnswers503UntilUsedUp() throws Exception {
        fixture.behaviour(Partner.CAF_49, "{\"replies\": [], \"failTimes\": 2}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);

        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(503);
        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(503);
        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(202);

        assertThat(fixture.ledger(orientation.get("messageId").asText())).hasSize(1);
        assertThat(fixture.getJson("/behaviour/caf-49").path("failTimes").asInt())
                .isZero();
    }

    @Test
    void downStopsTheEndpointWhileTheControlPortStaysUp() throws Exception {
        fixture.behaviour(Partner.CAF_49, "{\"replies\": [], \"down\": true}");
        try {
            ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
            assertThatThrownBy(() -> post(orientation, signedByPasserelle(orientation)))
                    .isInstanceOf(IOException.class);
            assertThat(fixture.getJson("/health")
                            .path("listening")
                            .path("caf-49")
                            .asBoolean())
                    .isFalse();
        } finally {
            fixture.behaviour(Partner.CAF_49, "{\"replies\": [], \"down\": false}");
        }
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(202);
    }

    @Test
    void hangHoldsADeliveryUnansweredUntilTheClientGivesUpAndReceivesNothing() throws Exception {
        fixture.behaviour(Partner.CAF_49, "{\"replies\": [], \"hang\": true}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
        try {
            HttpRequest request = caf.request(Documents.bytes(orientation), signedByPasserelle(orientation))
                    .timeout(Duration.ofSeconds(1))
                    .build();
            assertThatThrownBy(() -> caf.send(request)).isInstanceOf(HttpTimeoutException.class);
            assertThat(fixture.ledger(orientation.get("messageId").asText())).isEmpty();
        } finally {
            fixture.behaviour(Partner.CAF_49, "{\"replies\": [], \"hang\": false}");
        }
        assertThat(post(orientation, signedByPasserelle(orientation)).statusCode())
                .isEqualTo(202);
    }

    @Test
    void aDocumentOutsideTheContractGets400() throws Exception {
        ObjectNode withFields = Documents.orientation(Documents.newId(), Partner.CAF_49);
        withFields.putObject("fields").put("person.nir", "199999999999999");
        ObjectNode forAnotherPartner = Documents.orientation(Documents.newId(), Partner.CPAM_49);

        assertThat(post(withFields, signedByPasserelle(withFields)).statusCode())
                .isEqualTo(400);
        assertThat(post(forAnotherPartner, signedByPasserelle(forAnotherPartner))
                        .statusCode())
                .isEqualTo(400);
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CAF_49);
        byte[] body = Documents.bytes(orientation);
        HttpResponse<String> wrongKey = caf.send(caf.request(body, signedByPasserelle(orientation))
                .setHeader("Idempotency-Key", Documents.newId())
                .build());
        assertThat(wrongKey.statusCode()).isEqualTo(400);
        assertThat(fixture.ledger(withFields.get("messageId").asText())
                        .getFirst()
                        .path("rejectedBecause")
                        .asText())
                .as("S2: the triage view holds no field")
                .contains("/fields: additionalProperties");
    }

    private List<JsonNode> updatesFor(String referralId) {
        return fixture.passerelle.updates.stream()
                .map(update -> {
                    try {
                        return Json.MAPPER.readTree(update.body());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(json -> referralId.equals(json.path("referralId").asText()))
                .toList();
    }

    private static byte[] signedByPasserelle(ObjectNode document) {
        return Signatures.signDetached(Documents.bytes(document), fixture.passerelle.openPgpKey);
    }

    private static HttpResponse<String> post(ObjectNode document, byte[] signature) throws Exception {
        return caf.post(document, signature);
    }
}
