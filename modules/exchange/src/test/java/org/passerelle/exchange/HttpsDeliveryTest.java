package org.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.crypto.openpgp.OpenPgp;
import org.passerelle.crypto.openpgp.OpenPgpPublicKey;
import org.passerelle.crypto.openpgp.OpenPgpSecretKey;

/** Contract §3.1 against a real HTTPS server with its own certificate. */
class HttpsDeliveryTest {

    private static final byte[] DOCUMENT =
            "{\"schema\":\"passerelle.orientation/1\",\"kind\":\"ORIENTATION\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path folder;

    private static TestCertificates serverCertificate;
    private static TestHttpsServer server;
    private static ExchangeIdentity identity;
    private static PartnerExchange exchange;
    private static OpenPgpSecretKey cafKey;

    @BeforeAll
    static void start() {
        serverCertificate = TestCertificates.generate(folder, "caf", "dns:localhost,ip:127.0.0.1");
        server = new TestHttpsServer(serverCertificate);
        identity = ExchangeIdentity.loadOrCreate(folder.resolve("keys"));
        cafKey = OpenPgpSecretKey.generate("CAF <caf@test>");
        exchange = PartnerExchange.start(identity, new RecordingListener(), ExchangeSettings.defaults());
    }

    @AfterAll
    static void stop() {
        if (exchange != null) {
            exchange.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void answerOk() {
        server.answer(200);
        server.requests.clear();
    }

    @Test
    void documentArrivesWithIdempotencyKeyAndAValidSignature() throws Exception {
        UUID messageId = UUID.randomUUID();

        DeliveryResult result = exchange.deliver(caf(serverCertificate.pem()), messageId, DOCUMENT);

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        TestHttpsServer.Request request = server.requests.poll(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/passerelle/orientations");
        assertThat(request.body()).isEqualTo(DOCUMENT);
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Idempotency-Key")).isEqualTo(messageId.toString());
        byte[] signature = Base64.getDecoder().decode(request.header("Passerelle-Signature"));
        OpenPgpPublicKey passerelle = OpenPgpPublicKey.fromArmored(identity.publicOpenPgp());
        assertThat(OpenPgp.verifyDetached(DOCUMENT, signature, passerelle)).isTrue();
    }

    @Test
    void serviceUnavailableIsRetriedLater() {
        server.answer(503);

        assertThat(exchange.deliver(caf(serverCertificate.pem()), UUID.randomUUID(), DOCUMENT))
                .isEqualTo(new DeliveryResult.RetryLater("http-503"));
    }

    @Test
    void tooManyRequestsIsRetriedLater() {
        server.answer(429);

        assertThat(exchange.deliver(caf(serverCertificate.pem()), UUID.randomUUID(), DOCUMENT))
                .isEqualTo(new DeliveryResult.RetryLater("http-429"));
    }

    @Test
    void badRequestIsRefusedForGood() {
        server.answer(400);

        assertThat(exchange.deliver(caf(serverCertificate.pem()), UUID.randomUUID(), DOCUMENT))
                .isEqualTo(new DeliveryResult.Refused("http-400"));
    }

    @Test
    void aServerPresentingAnotherCertificateThanThePinnedOneGetsNothing() {
        TestCertificates other = TestCertificates.generate(folder, "impostor", "dns:localhost,ip:127.0.0.1");

        DeliveryResult result = exchange.deliver(caf(other.pem()), UUID.randomUUID(), DOCUMENT);

        assertThat(result).isEqualTo(new DeliveryResult.Refused("tls-untrusted"));
        assertThat(server.requests).isEmpty();
    }

    @Test
    void thePinnedCertificateMustNameTheHostReached() {
        TestCertificates elsewhere = TestCertificates.generate(folder, "elsewhere", "dns:caf.example");
        try (TestHttpsServer misnamed = new TestHttpsServer(elsewhere)) {
            DeliveryResult result = exchange.deliver(
                    new PartnerEndpoint(
                            "caf-49",
                            ChannelKind.HTTPS,
                            misnamed.uri("127.0.0.1"),
                            cafKey.publicKey().armored(),
                            elsewhere.pem(),
                            null),
                    UUID.randomUUID(),
                    DOCUMENT);

            assertThat(result).isEqualTo(new DeliveryResult.Refused("tls-hostname-mismatch"));
            assertThat(misnamed.requests).isEmpty();
        }
    }

    @Test
    void noServerListeningIsRetriedLater() {
        PartnerEndpoint nobody = new PartnerEndpoint(
                "caf-49",
                ChannelKind.HTTPS,
                java.net.URI.create("https://127.0.0.1:" + TestPorts.free() + "/x"),
                cafKey.publicKey().armored(),
                serverCertificate.pem(),
                null);

        assertThat(exchange.deliver(nobody, UUID.randomUUID(), DOCUMENT))
                .isEqualTo(new DeliveryResult.RetryLater("unreachable"));
    }

    @Test
    void aPartnersDetachedSignatureIsCheckedAgainstItsKey() {
        byte[] status = "{\"schema\":\"passerelle.status/1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(OpenPgp.detachedSignature(status, cafKey));
        PartnerEndpoint caf = caf(serverCertificate.pem());

        assertThat(PartnerExchange.verifySignature(caf, status, signature)).isTrue();
        assertThat(PartnerExchange.verifySignature(caf, "{}".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(PartnerExchange.verifySignature(caf, status, "not base64!")).isFalse();
        String strangerSignature = Base64.getEncoder()
                .encodeToString(OpenPgp.detachedSignature(status, OpenPgpSecretKey.generate("stranger")));
        assertThat(PartnerExchange.verifySignature(caf, status, strangerSignature))
                .isFalse();
    }

    private static PartnerEndpoint caf(String pinnedCertificate) {
        return new PartnerEndpoint(
                "caf-49",
                ChannelKind.HTTPS,
                server.uri("localhost"),
                cafKey.publicKey().armored(),
                pinnedCertificate,
                null);
    }
}
