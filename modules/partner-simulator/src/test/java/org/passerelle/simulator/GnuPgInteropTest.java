package org.passerelle.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.simulator.keys.KeyFolder;
import org.passerelle.simulator.openpgp.OpenPgpCertificate;
import org.passerelle.simulator.openpgp.OpenPgpKey;
import org.passerelle.simulator.openpgp.OpenPgpMessages;
import org.passerelle.simulator.openpgp.OpenedMessage;
import org.passerelle.simulator.openpgp.SignatureCheck;
import org.passerelle.simulator.openpgp.Signatures;

/**
 * GnuPG 2.2 as the third party (DESIGN.md §3): it reads the simulator's keys and messages, and the
 * simulator reads what GnuPG writes. Without it, the simulator's OpenPGP code would only ever be checked
 * against itself.
 */
class GnuPgInteropTest {

    private static final Path GPG = Path.of("/usr/bin/gpg");

    private static SimulatorFixture fixture;
    private static Path work;
    private static Path gnupgHome;
    private static OpenPgpKey passerelle;
    private static OpenPgpCertificate cpamCertificate;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(GPG), "GnuPG is not installed at " + GPG);
        fixture = SimulatorFixture.start();
        passerelle = fixture.passerelle.openPgpKey;
        cpamCertificate = OpenPgpCertificate.read(
                fixture.getJson("/keys/cpam-49").path("openpgp").asText());
        work = Files.createTempDirectory("partner-simulator-gpg");
        gnupgHome = Files.createDirectory(
                work.resolve("gnupg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture == null) {
            return;
        }
        new ProcessBuilder("gpgconf", "--kill", "gpg-agent").inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        fixture.close();
        try (var files = Files.walk(work)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void gpgImportsThePartnerSecretKeyAndDecryptsWhatPasserelleSends() throws Exception {
        Path secret = KeyFolder.secretKeyFile(fixture.data, Partner.CPAM_49);
        assertThat(gpg("--import", secret.toString()).exitCode).isZero();
        assertThat(gpg(
                                "--import",
                                write("passerelle.asc", passerelle.certificate().armored()))
                        .exitCode)
                .isZero();
        byte[] document = Documents.bytes(Documents.orientation(Documents.newId(), Partner.CPAM_49));
        String encrypted =
                write("orientation.pgp", OpenPgpMessages.signAndEncrypt(document, passerelle, cpamCertificate));
        Path clear = work.resolve("orientation.json");

        Result decrypted = gpg("--output", clear.toString(), "--decrypt", encrypted);

        assertThat(decrypted.exitCode).as(decrypted.output).isZero();
        assertThat(decrypted.output)
                .contains("[GNUPG:] GOODSIG")
                .contains("[GNUPG:] DECRYPTION_OKAY")
                .contains("VALIDSIG " + passerelle.fingerprint());
        assertThat(Files.readAllBytes(clear)).isEqualTo(document);
    }

    @Test
    void theSimulatorReadsWhatGpgWritesAndGpgReadsTheSimulatorsReplies() throws Exception {
        assertThat(gpg("--import", write("passerelle.secret.asc", passerelle.armoredSecretKey())).exitCode)
                .isZero();
        assertThat(gpg("--import", write("cpam.asc", cpamCertificate.armored())).exitCode)
                .isZero();
        byte[] document = Documents.bytes(Documents.orientation(Documents.newId(), Partner.CPAM_49));
        String clear = write("document.json", document);

        Result encrypted = gpg(
                "--local-user",
                passerelle.fingerprint(),
                "--recipient",
                cpamCertificate.fingerprint(),
                "--digest-algo",
                "SHA256",
                "--cipher-algo",
                "AES256",
                "--compress-algo",
                "none",
                "--output",
                work.resolve("from-gpg.pgp").toString(),
                "--sign",
                "--encrypt",
                clear);
        assertThat(encrypted.exitCode).as(encrypted.output).isZero();
        OpenPgpKey cpam = OpenPgpKey.read(Files.readString(KeyFolder.secretKeyFile(fixture.data, Partner.CPAM_49)));
        OpenedMessage opened = OpenPgpMessages.open(Files.readAllBytes(work.resolve("from-gpg.pgp")), cpam);
        assertThat(opened.content()).isEqualTo(document);
        assertThat(opened.verify(passerelle.certificate())).isEqualTo(SignatureCheck.VALID);

        Result signed = gpg(
                "--local-user",
                passerelle.fingerprint(),
                "--digest-algo",
                "SHA256",
                "--output",
                work.resolve("document.sig").toString(),
                "--detach-sign",
                clear);
        assertThat(signed.exitCode).as(signed.output).isZero();
        assertThat(Signatures.verify(
                        document,
                        Signatures.readDetached(Files.readAllBytes(work.resolve("document.sig"))),
                        passerelle.certificate()))
                .isEqualTo(SignatureCheck.VALID);

        String reply = write("reply.pgp", OpenPgpMessages.signAndEncrypt(document, cpam, passerelle.certificate()));
        Result decrypted = gpg("--output", work.resolve("reply.json").toString(), "--decrypt", reply);
        assertThat(decrypted.exitCode).as(decrypted.output).isZero();
        assertThat(decrypted.output).contains("VALIDSIG " + cpamCertificate.fingerprint());
        assertThat(Files.readAllBytes(work.resolve("reply.json"))).isEqualTo(document);
    }

    private record Result(int exitCode, String output) {}

    private static Result gpg(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                GPG.toString(),
                "--homedir",
                gnupgHome.toString(),
                "--batch",
                "--yes",
                "--no-tty",
                "--trust-model",
                "always",
                "--status-fd",
                "1"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String write(String name, byte[] content) throws IOException {
        Path file = work.resolve(name);
        Files.write(file, content);
        return file.toString();
    }
}
