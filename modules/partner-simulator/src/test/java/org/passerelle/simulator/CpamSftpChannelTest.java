package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.simulator.document.Json;
import org.passerelle.simulator.openpgp.OpenPgpCertificate;
import org.passerelle.simulator.openpgp.OpenPgpKey;
import org.passerelle.simulator.openpgp.OpenPgpMessages;
import org.passerelle.simulator.openpgp.OpenedMessage;
import org.passerelle.simulator.openpgp.SignatureCheck;

/** cpam-49 over SFTP + OpenPGP, with MINA's SFTP client, Passerelle's test SSH key and the pinned host key. */
class CpamSftpChannelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static SimulatorFixture fixture;
    private static SshClient ssh;
    private static OpenPgpCertificate cpamCertificate;
    private static Path sftpRoot;

    @BeforeAll
    static void start() throws Exception {
        fixture = SimulatorFixture.start();
        JsonNode keys = fixture.getJson("/keys/cpam-49");
        cpamCertificate = OpenPgpCertificate.read(keys.path("openpgp").asText());
        String hostKeyLine = keys.path("sshHostKey").asText();
        assertThat(hostKeyLine).startsWith("ecdsa-sha2-nistp256 AAAA");
        PublicKey hostKey = AuthorizedKeyEntry.parseAuthorizedKeyEntry(hostKeyLine)
                .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier((session, address, offered) -> KeyUtils.compareKeys(hostKey, offered));
        ssh.start();
        sftpRoot = fixture.data.resolve("sftp/cpam-49");
    }

    @AfterAll
    static void stop() throws IOException {
        ssh.stop();
        fixture.close();
    }

    @Test
    void anEncryptedSignedUploadIsTakenInAndAnsweredInOutgoing() throws Exception {
        fixture.behaviour(
                Partner.CPAM_49, "{\"replies\": [\"ACKNOWLEDGE\", \"ACCEPT\"], \"caseworker\": \"cpam.agent\"}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CPAM_49);
        String messageId = orientation.get("messageId").asText();
        String referralId = orientation.get("referralId").asText();

        upload(fixture.passerelle.sshKey, messageId + ".pgp", signedAndEncrypted(orientation));

        JsonNode entry = fixture.awaitLedger(messageId, 1).getFirst();
        assertThat(entry.path("channel").asText()).isEqualTo("SFTP");
        assertThat(entry.path("partner").asText()).isEqualTo("cpam-49");
        assertThat(entry.path("signatureValid").asBoolean()).isTrue();
        assertThat(entry.path("document").path("kind").asText()).isEqualTo("ORIENTATION");
        SimulatorFixture.await(
                () -> Files.exists(sftpRoot.resolve("incoming/processed/" + messageId + ".pgp")), moved -> moved);
        assertThat(sftpRoot.resolve("incoming/" + messageId + ".pgp")).doesNotExist();

        List<JsonNode> replies = SimulatorFixture.await(() -> outgoingFor(referralId), r -> r.size() >= 2);
        assertThat(replies).extracting(r -> r.path("type").asText()).containsExactlyInAnyOrder("ACKNOWLEDGE", "ACCEPT");
        assertThat(replies)
                .filteredOn(r -> r.path("type").asText().equals("ACCEPT"))
                .extracting(r -> r.path("caseworker").asText())
                .containsExactly("cpam.agent");
        try (Stream<Path> names = Files.list(sftpRoot.resolve("outgoing"))) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void theSameFileUploadedAgainIsRecordedAsDuplicate() throws Exception {
        fixture.behaviour(Partner.CPAM_49, "{\"replies\": []}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CPAM_49);
        String messageId = orientation.get("messageId").asText();
        byte[] payload = signedAndEncrypted(orientation);

        upload(fixture.passerelle.sshKey, messageId + ".pgp", payload);
        fixture.awaitLedger(messageId, 1);
        upload(fixture.passerelle.sshKey, messageId + ".pgp", payload);

        assertThat(fixture.awaitLedger(messageId, 2))
                .extracting(e -> e.path("duplicate").asBoolean())
                .containsExactly(false, true);
    }

    @Test
    void unsignedAndWronglySignedUploadsAreRejected() throws Exception {
        ObjectNode unsigned = Documents.orientation(Documents.newId(), Partner.CPAM_49);
        ObjectNode wronglySigned = Documents.orientation(Documents.newId(), Partner.CPAM_49);
        String unsignedId = unsigned.get("messageId").asText();
        String wronglySignedId = wronglySigned.get("messageId").asText();

        upload(
                fixture.passerelle.sshKey,
                unsignedId + ".pgp",
                TestMessages.encryptedUnsigned(Documents.bytes(unsigned), cpamCertificate));
        upload(
                fixture.passerelle.sshKey,
                wronglySignedId + ".pgp",
                OpenPgpMessages.signAndEncrypt(
                        Documents.bytes(wronglySigned), OpenPgpKey.generate("intruder"), cpamCertificate));

        assertThat(fixture.awaitLedger(unsignedId, 1)
                        .getFirst()
                        .path("rejectedBecause")
                        .asText())
                .isEqualTo("signature MISSING");
        assertThat(fixture.awaitLedger(wronglySignedId, 1)
                        .getFirst()
                        .path("signatureValid")
                        .asBoolean())
                .isFalse();
        SimulatorFixture.await(
                () -> Files.exists(sftpRoot.resolve("incoming/rejected/" + unsignedId + ".pgp"))
                        && Files.exists(sftpRoot.resolve("incoming/rejected/" + wronglySignedId + ".pgp")),
                moved -> moved);
    }

    @Test
    void onlyPasserellesKeyLogsIn() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair stranger = generator.generateKeyPair();

        assertThatThrownBy(() -> upload(stranger, Documents.newId() + ".pgp", new byte[] {1}))
                .isInstanceOf(IOException.class);
    }

    @Test
    void failTimesRefusesTheUploadWithPermissionDenied() throws Exception {
        fixture.behaviour(Partner.CPAM_49, "{\"replies\": [], \"failTimes\": 1}");
        ObjectNode orientation = Documents.orientation(Documents.newId(), Partner.CPAM_49);
        String messageId = orientation.get("messageId").asText();
        byte[] payload = signedAndEncrypted(orientation);

        assertThatThrownBy(() -> upload(fixture.passerelle.sshKey, messageId + ".pgp", payload))
                .isInstanceOfSatisfying(
                        SftpException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(SftpConstants.SSH_FX_PERMISSION_DENIED));
        upload(fixture.passerelle.sshKey, messageId + ".pgp", payload);

        assertThat(fixture.awaitLedger(messageId, 1)).hasSize(1);
    }

    private static byte[] signedAndEncrypted(ObjectNode document) {
        return OpenPgpMessages.signAndEncrypt(
                Documents.bytes(document), fixture.passerelle.openPgpKey, cpamCertificate);
    }

    /** As Passerelle uploads: under a temporary name, renamed once complete. */
    private static void upload(KeyPair identity, String name, byte[] content) throws IOException {
        try (ClientSession session = ssh.connect("passerelle", "127.0.0.1", fixture.sftpPort)
                .verify(TIMEOUT)
                .getSession()) {
            session.addPublicKeyIdentity(identity);
            session.auth().verify(TIMEOUT);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                String temporary = "incoming/." + name + ".part";
                try (OutputStream out = sftp.write(temporary)) {
                    out.write(content);
                }
                sftp.rename(temporary, "incoming/" + name);
            }
        }
    }

    /** Reads the partner's replies as Passerelle would: decrypt with its key, check cpam-49's signature. */
    private static List<JsonNode> outgoingFor(String referralId) {
        List<JsonNode> replies = new ArrayList<>();
        try (Stream<Path> files = Files.list(sftpRoot.resolve("outgoing"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pgp")
                            && !f.getFileName().toString().startsWith("."))
                    .toList()) {
                OpenedMessage opened = OpenPgpMessages.open(Files.readAllBytes(file), fixture.passerelle.openPgpKey);
                assertThat(opened.verify(cpamCertificate)).isEqualTo(SignatureCheck.VALID);
                JsonNode status = Json.MAPPER.readTree(opened.content());
                assertThat(file.getFileName().toString())
                        .isEqualTo(status.path("messageId").asText() + ".pgp");
                if (referralId.equals(status.path("referralId").asText())) {
                    replies.add(status);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return replies;
    }
}
