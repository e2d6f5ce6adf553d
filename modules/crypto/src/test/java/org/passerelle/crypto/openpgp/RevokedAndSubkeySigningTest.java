package org.passerelle.crypto.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 10: a partner's certificate as GnuPG makes it, revoked or with a signing subkey.
 * A certificate its owner revoked is refused whole, as is one whose only encryption subkey is
 * revoked; a message signed by a signing subkey GnuPG bound (with its back-signature) verifies.
 */
class RevokedAndSubkeySigningTest {

    private static final byte[] DOCUMENT = "{\"kind\":\"STATUS\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    private GnuPg gpg;
    private String fingerprint;

    @BeforeEach
    void aPartnerKeyMadeByGnuPg() throws IOException {
        Assumptions.assumeTrue(GnuPg.available(), "GnuPG is not installed at /usr/bin/gpg");
        gpg = new GnuPg(home);
        gpg.runOk(null, "--quick-generate-key", "Partner <exchange@partner.test>", "ed25519", "cert", "never");
        Matcher fpr = Pattern.compile("(?m)^fpr:::::::::([0-9A-F]{40}):")
                .matcher(gpg.runOk(null, "--with-colons", "--list-keys", "exchange@partner.test")
                        .stdoutText());
        assertThat(fpr.find()).isTrue();
        fingerprint = fpr.group(1);
        gpg.runOk(null, "--quick-add-key", fingerprint, "cv25519", "encr", "never");
        gpg.runOk(null, "--quick-add-key", fingerprint, "ed25519", "sign", "never");
    }

    @AfterEach
    void stopAgent() throws Exception {
        if (gpg != null) {
            gpg.close();
        }
    }

    @Test
    void aMessageSignedByABoundSigningSubkeyVerifies() {
        OpenPgpSecretKey passerelle = OpenPgpSecretKey.generate("Passerelle <exchange@passerelle.test>");
        OpenPgpPublicKey partner = exported();
        gpg.runOk(passerelle.publicKey().armored().getBytes(StandardCharsets.US_ASCII), "--import");
        byte[] message = gpg.signAndEncrypt(DOCUMENT, fingerprint, passerelle.fingerprint());
        assertThat(gpg.run(message, "--list-packets").stdoutText())
                .as("GnuPG signed with its signing subkey, not the certify-only primary key")
                .doesNotContain("keyid " + fingerprint.substring(24));

        assertThat(OpenPgp.decryptThenVerify(message, passerelle, partner)).isEqualTo(DOCUMENT);
    }

    @Test
    void aCertificateItsOwnerRevokedIsRefused() throws IOException {
        assertThat(exported().fingerprint()).isEqualTo(fingerprint);
        // GnuPG wrote a revocation certificate at generation, its armor line guarded by a colon.
        String revocation = Files.readString(home.resolve("openpgp-revocs.d").resolve(fingerprint + ".rev"))
                .replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----");
        gpg.runOk(revocation.getBytes(StandardCharsets.US_ASCII), "--import");

        assertThatThrownBy(this::exported).isInstanceOf(OpenPgpException.class).hasMessage("bad-key");
    }

    @Test
    void aCertificateWhoseOnlyEncryptionSubkeyIsRevokedIsRefused() {
        assertThat(exported().fingerprint()).isEqualTo(fingerprint);
        gpg.runOk(
                "key 1\nrevkey\ny\n0\n\ny\nsave\n".getBytes(StandardCharsets.US_ASCII),
                "--command-fd",
                "0",
                "--edit-key",
                fingerprint);
        assertThat(gpg.runOk(null, "--with-colons", "--list-keys", fingerprint).stdoutText())
                .as("GnuPG revoked the encryption subkey")
                .containsPattern("(?m)^sub:r:.*:e:");

        assertThatThrownBy(this::exported).isInstanceOf(OpenPgpException.class).hasMessage("bad-key");
    }

    private OpenPgpPublicKey exported() {
        return OpenPgpPublicKey.fromArmored(
                gpg.runOk(null, "--armor", "--export", fingerprint).stdoutText());
    }
}
