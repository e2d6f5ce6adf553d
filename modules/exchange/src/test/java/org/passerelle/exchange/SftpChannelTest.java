package org.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.crypto.openpgp.OpenPgp;
import org.passerelle.crypto.openpgp.OpenPgpPublicKey;
import org.passerelle.crypto.openpgp.OpenPgpSecretKey;

/** Contract §3.2 against a real SFTP server (Apache MINA SSHD) that knows Passerelle's published SSH key. */
class SftpChannelTest {

    private static final byte[] DOCUMENT =
            "{\"schema\":\"passerelle.orientation/1\",\"kind\":\"SHARE\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path folder;

    private static ExchangeIdentity identity;
    private static OpenPgpSecretKey cpamKey;
    private static TestSftpServer server;
    private static RecordingListener listener;
    private static PartnerExchange exchange;

    @BeforeAll
    static void start() throws Exception {
        identity = ExchangeIdentity.loadOrCreate(folder.resolve("keys"));
        cpamKey = OpenPgpSecretKey.generate("CPAM <cpam@test>");
        server = new TestSftpServer(folder.resolve("sftp"), identity.publicSsh());
        listener = new RecordingListener();
        exchange = PartnerExchange.start(
                identity,
                listener,
                ExchangeSettings.defaults().withSftpUser(TestSftpServer.USER).withPollInterval(Duration.ofMillis(200)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (exchange != null) {
            exchange.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void stopWatching() {
        exchange.unwatch("cpam-49");
        listener.statuses.clear();
        listener.refusals.clear();
        listener.failNext(0);
        listener.refuseWith(null);
    }

    @Test
    void uploadLandsAsIncomingMessageIdDotPgpSignedAndEncrypted() throws Exception {
        UUID messageId = UUID.randomUUID();

        assertThat(exchange.deliver(cpam(server.hostKeyLine()), messageId, DOCUMENT))
                .isEqualTo(new DeliveryResult.Delivered());

        Path uploaded = server.root.resolve("incoming").resolve(messageId + ".pgp");
        assertThat(uploaded).exists();
        assertThat(OpenPgp.decryptThenVerify(
                        Files.readAllBytes(uploaded), cpamKey, OpenPgpPublicKey.fromArmored(identity.publicOpenPgp())))
                .isEqualTo(DOCUMENT);
        try (Stream<Path> files = Files.list(server.root.resolve("incoming"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void aServerWithAnotherHostKeyIsRefused() throws Exception {
        UUID messageId = UUID.randomUUID();

        DeliveryResult result = exchange.deliver(cpam(TestSftpServer.otherHostKeyLine()), messageId, DOCUMENT);

        assertThat(result).isEqualTo(new DeliveryResult.Refused("host-key-mismatch"));
        assertThat(server.root.resolve("incoming").resolve(messageId + ".pgp")).doesNotExist();
    }

    @Test
    void theUserNamedInTheEndpointLogsInAndAnUnknownOneIsRefused() {
        PartnerEndpoint named = new PartnerEndpoint(
                "cpam-49",
                ChannelKind.SFTP,
                URI.create("sftp://" + TestSftpServer.USER + "@127.0.0.1:" + server.port()),
                cpamKey.publicKey().armored(),
                null,
                server.hostKeyLine());
        PartnerEndpoint stranger = new PartnerEndpoint(
                "cpam-49",
                ChannelKind.SFTP,
                URI.create("sftp://someone-else@127.0.0.1:" + server.port()),
                cpamKey.publicKey().armored(),
                null,
                server.hostKeyLine());

        assertThat(exchange.deliver(named, UUID.randomUUID(), DOCUMENT)).isEqualTo(new DeliveryResult.Delivered());
        assertThat(exchange.deliver(stranger, UUID.randomUUID(), DOCUMENT))
                .isEqualTo(new DeliveryResult.Refused("sftp-auth-failed"));
    }

    @Test
    void noServerListeningIsRetriedLater() {
        PartnerEndpoint nobody = new PartnerEndpoint(
                "cpam-49",
                ChannelKind.SFTP,
                URI.create("sftp://127.0.0.1:" + TestPorts.free()),
                cpamKey.publicKey().armored(),
                null,
                server.hostKeyLine());

        assertThat(exchange.deliver(nobody, UUID.randomUUID(), DOCUMENT))
                .isEqualTo(new DeliveryResult.RetryLater("unreachable"));
    }

    @Test
    void aStatusFileReachesTheListenerAndIsDeleted() throws Exception {
        exchange.watch(cpam(server.hostKeyLine()));
        Path file = writeStatus(UUID.randomUUID(), "{\"type\":\"ACKNOWLEDGE\"}", cpamKey);

        assertThat(listener.nextStatus()).isEqualTo("{\"type\":\"ACKNOWLEDGE\"}");
        awaitTrue(() -> !Files.exists(file));
    }

    @Test
    void filesStillBeingWrittenAreNotRead() throws Exception {
        exchange.watch(cpam(server.hostKeyLine()));
        Path hidden = writeStatusAs("." + UUID.randomUUID() + ".pgp", "{\"type\":\"START\"}", cpamKey);
        Path part = writeStatusAs(UUID.randomUUID() + ".pgp.part", "{\"type\":\"HOLD\"}", cpamKey);
        Path complete = writeStatus(UUID.randomUUID(), "{\"type\":\"RESUME\"}", cpamKey);

        assertThat(listener.nextStatus()).isEqualTo("{\"type\":\"RESUME\"}");
        awaitTrue(() -> !Files.exists(complete));
        assertThat(hidden).exists();
        assertThat(part).exists();
        assertThat(listener.statuses).isEmpty();
    }

    @Test
    void aBadlySignedFileIsRefusedAndSetAside() throws Exception {
        exchange.watch(cpam(server.hostKeyLine()));
        UUID messageId = UUID.randomUUID();
        Path file = writeStatus(messageId, "{\"type\":\"CANCEL\"}", OpenPgpSecretKey.generate("impostor"));

        assertThat(listener.nextRefusal()).isEqualTo(new RecordingListener.Refusal("cpam-49", "wrong-signer"));
        awaitTrue(() -> !Files.exists(file));
        assertThat(server.root.resolve("outgoing/rejected/" + messageId + ".pgp"))
                .exists();
        assertThat(listener.statuses).isEmpty();
    }

    @Test
    void aStatusTheListenerRefusesIsSetAside() throws Exception {
        listener.refuseWith("unknown-orientation");
        exchange.watch(cpam(server.hostKeyLine()));
        UUID messageId = UUID.randomUUID();
        Path file = writeStatus(messageId, "{\"type\":\"START\"}", cpamKey);

        awaitTrue(() -> Files.exists(server.root.resolve("outgoing/rejected/" + messageId + ".pgp")));
        awaitTrue(() -> !Files.exists(file));
    }

    @Test
    void aListenerFailureLeavesTheFileForALaterTry() throws Exception {
        listener.failNext(2);
        int before = listener.calls.get();
        exchange.watch(cpam(server.hostKeyLine()));
        Path file = writeStatus(UUID.randomUUID(), "{\"type\":\"COMPLETE\"}", cpamKey);

        awaitTrue(() -> listener.calls.get() >= before + 2);
        assertThat(listener.statuses).isEmpty();
        // the third try succeeds, then the file goes
        assertThat(listener.nextStatus()).isEqualTo("{\"type\":\"COMPLETE\"}");
        awaitTrue(() -> !Files.exists(file));
        assertThat(server.root.resolve("outgoing/rejected"))
                .satisfiesAnyOf(
                        rejected -> assertThat(rejected).doesNotExist(),
                        rejected ->
                                assertThat(rejected.resolve(file.getFileName())).doesNotExist());
    }

    private static PartnerEndpoint cpam(String hostKey) {
        return new PartnerEndpoint(
                "cpam-49",
                ChannelKind.SFTP,
                URI.create("sftp://127.0.0.1:" + server.port()),
                cpamKey.publicKey().armored(),
                null,
                hostKey);
    }

    private static Path writeStatus(UUID messageId, String json, OpenPgpSecretKey signer) throws Exception {
        return writeStatusAs(messageId + ".pgp", json, signer);
    }

    /** As the partner does: written under a temporary name, then renamed. */
    private static Path writeStatusAs(String name, String json, OpenPgpSecretKey signer) throws Exception {
        byte[] message = OpenPgp.signThenEncrypt(
                json.getBytes(StandardCharsets.UTF_8), OpenPgpPublicKey.fromArmored(identity.publicOpenPgp()), signer);
        Path outgoing = server.root.resolve("outgoing");
        Path temporary = outgoing.resolve("." + name + ".tmp");
        Files.write(temporary, message);
        return Files.move(temporary, outgoing.resolve(name));
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
