package org.passerelle.crypto.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract says GnuPG 2.2 reads our keys and messages and that we read its messages: checked
 * against the real {@code gpg}, in a throwaway home folder.
 */
class GnuPgInteropTest {

    private static final byte[] DOCUMENT =
            "{\"schema\":\"passerelle.orientation/1\",\"kind\":\"ORIENTATION\",\"commune\":\"Saumur\"}"
                    .getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path home;

    private static GnuPg gpg;
    private static OpenPgpSecretKey passerelle;
    /** A key GnuPG generated itself, as a partner would. */
    private static OpenPgpPublicKey partner;

    private static String partnerFingerprint;

    @BeforeAll
    static void startGnuPg() throws IOException {
        Assumptions.assumeTrue(GnuPg.available(), "GnuPG is not installed at /usr/bin/gpg");
        gpg = new GnuPg(home);
        passerelle = OpenPgpSecretKey.generate("Passerelle <exchange@passerelle.test>");

        gpg.runOk(null, "--quick-generate-key", "Partner <exchange@partner.test>", "ed25519", "sign,cert", "never");
        partnerFingerprint = fingerprintOf(gpg.runOk(null, "--with-colons", "--list-keys", "exchange@partner.test")
                .stdoutText());
        gpg.runOk(null, "--quick-add-key", partnerFingerprint, "cv25519", "encr", "never");
        partner = OpenPgpPublicKey.fromArmored(
                gpg.runOk(null, "--armor", "--export", partnerFingerprint).stdoutText());
    }

    @AfterAll
    static void stopAgent() throws Exception {
        if (gpg != null) {
            gpg.close();
        }
    }

    @Test
    void gnuPgReadsOurKeysAsTheContractDescribesThem() {
        GnuPg.Result imported =
                gpg.runOk(passerelle.armored().getBytes(StandardCharsets.US_ASCII), "--status-fd", "1", "--import");
        // IMPORT_OK 17 = a new key (1) with its secret part (16)
        assertThat(imported.stdoutText()).contains("[GNUPG:] IMPORT_OK 17 " + passerelle.fingerprint());

        String listing = gpg.runOk(null, "--with-colons", "--list-secret-keys", passerelle.fingerprint())
                .stdoutText();
        // sec: algorithm 22 (EdDSA) ed25519, capabilities sign+certify; ssb: 18 (ECDH) cv25519, encrypt
        assertThat(listing).containsPattern("(?m)^sec:[^:]*:255:22:[^\\n]*:[^\\n]*sc[^\\n]*:ed25519:");
        assertThat(listing).containsPattern("(?m)^ssb:[^:]*:255:18:[^\\n]*:e:[^\\n]*:cv25519:");
        assertThat(listing).contains("fpr:::::::::" + passerelle.fingerprint() + ":");
    }

    @Test
    void gnuPgDecryptsOurMessageAndReportsOurGoodSignature() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, partner, passerelle);

        GnuPg.Result decrypted = gpg.runOk(message, "--status-fd", "2", "--trust-model", "always", "--decrypt");

        assertThat(decrypted.stdout()).isEqualTo(DOCUMENT);
        assertThat(decrypted.stderr())
                .contains("[GNUPG:] GOODSIG")
                .contains("[GNUPG:] VALIDSIG " + passerelle.fingerprint())
                .contains("[GNUPG:] DECRYPTION_OKAY")
                .doesNotContain("[GNUPG:] DECRYPTION_FAILED")
                .containsPattern("\\[GNUPG:] DECRYPTION_INFO \\d+ 9"); // 9 = AES-256
        String packets = gpg.run(message, "--list-packets").stdoutText();
        assertThat(packets)
                .contains(":encrypted data packet:")
                .contains("mdc_method: 2")
                .doesNotContain(":compressed packet:")
                .contains("digest algo 8"); // SHA-256
    }

    @Test
    void weReadWhatGnuPgSignsAndEncryptsToOurKey() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = gpg.signAndEncrypt(DOCUMENT, partnerFingerprint, passerelle.fingerprint());

        // the reader takes AES-256 only: our key's preferences made GnuPG choose it
        assertThat(OpenPgp.decryptThenVerify(message, passerelle, partner)).isEqualTo(DOCUMENT);
    }

    @Test
    void weReadGnuPgsCompressedAndArmoredMessagesToo() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = gpg.runOk(
                        DOCUMENT,
                        "--trust-model",
                        "always",
                        "--local-user",
                        partnerFingerprint,
                        "--recipient",
                        passerelle.fingerprint(),
                        "--compress-algo",
                        "zlib",
                        "--armor",
                        "--sign",
                        "--encrypt")
                .stdout();

        assertThat(OpenPgp.decryptThenVerify(message, passerelle, partner)).isEqualTo(DOCUMENT);
    }

    @Test
    void gnuPgMessageWithAnAlteredByteIsRefused() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = gpg.signAndEncrypt(DOCUMENT, partnerFingerprint, passerelle.fingerprint());
        message[message.length - 30] ^= 0x20;

        assertThatThrownBy(() -> OpenPgp.decryptThenVerify(message, passerelle, partner))
                .isInstanceOfSatisfying(
                        OpenPgpException.class, e -> assertThat(e.code()).isEqualTo("tampered"));
    }

    @Test
    void gnuPgMessageEncryptedButNotSignedIsRefused() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = gpg.runOk(
                        DOCUMENT, "--trust-model", "always", "--recipient", passerelle.fingerprint(), "--encrypt")
                .stdout();

        assertThatThrownBy(() -> OpenPgp.decryptThenVerify(message, passerelle, partner))
                .isInstanceOfSatisfying(
                        OpenPgpException.class, e -> assertThat(e.code()).isEqualTo("not-signed"));
    }

    @Test
    void gnuPgMessageSignedByAnotherKeyThanTheExpectedOneIsRefused() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = gpg.signAndEncrypt(DOCUMENT, partnerFingerprint, passerelle.fingerprint());
        OpenPgpPublicKey someoneElse = OpenPgpSecretKey.generate("Someone else").publicKey();

        assertThatThrownBy(() -> OpenPgp.decryptThenVerify(message, passerelle, someoneElse))
                .isInstanceOfSatisfying(
                        OpenPgpException.class, e -> assertThat(e.code()).isEqualTo("wrong-signer"));
    }

    @Test
    void detachedSignaturesVerifyBothWays() {
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] gpgSignature = gpg.runOk(DOCUMENT, "--local-user", partnerFingerprint, "--detach-sign")
                .stdout();
        assertThat(OpenPgp.verifyDetached(DOCUMENT, gpgSignature, partner)).isTrue();

        Path data = home.resolve("body.json");
        Path signature = home.resolve("body.json.sig");
        try {
            java.nio.file.Files.write(data, DOCUMENT);
            java.nio.file.Files.write(signature, OpenPgp.detachedSignature(DOCUMENT, passerelle));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        GnuPg.Result verified = gpg.run(
                null, "--status-fd", "1", "--trust-model", "always", "--verify", signature.toString(), data.toString());
        assertThat(verified.exitCode()).isZero();
        assertThat(verified.stdoutText()).contains("[GNUPG:] VALIDSIG " + passerelle.fingerprint());
    }

    private static String fingerprintOf(String colons) {
        Matcher matcher = Pattern.compile("(?m)^fpr:::::::::([0-9A-F]{40}):").matcher(colons);
        if (!matcher.find()) {
            throw new IllegalStateException("no fingerprint in gpg's listing");
        }
        return matcher.group(1);
    }
}
