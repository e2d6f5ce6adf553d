package org.passerelle.crypto.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenPgpKeysTest {

    private static final OpenPgpSecretKey KEY = OpenPgpSecretKey.generate("Passerelle test <exchange@passerelle.test>");

    @Test
    void fingerprintIsFortyUpperCaseHexDigits() {
        assertThat(KEY.fingerprint()).matches("[0-9A-F]{40}");
        assertThat(KEY.publicKey().fingerprint()).isEqualTo(KEY.fingerprint());
    }

    @Test
    void publicKeyRoundTripsThroughArmor() {
        String armored = KEY.publicKey().armored();

        assertThat(armored).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----").doesNotContain("Version:");
        OpenPgpPublicKey read = OpenPgpPublicKey.fromArmored(armored);
        assertThat(read.fingerprint()).isEqualTo(KEY.fingerprint());
        assertThat(read).isEqualTo(KEY.publicKey());
    }

    @Test
    void secretKeyRoundTripsThroughArmorAndStillDecrypts() {
        String armored = KEY.armored();

        assertThat(armored).startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");
        OpenPgpSecretKey read = OpenPgpSecretKey.fromArmored(armored);
        assertThat(read.fingerprint()).isEqualTo(KEY.fingerprint());
        byte[] message = OpenPgp.signThenEncrypt(new byte[] {1, 2, 3}, read.publicKey(), KEY);
        assertThat(OpenPgp.decryptThenVerify(message, read, KEY.publicKey())).containsExactly(1, 2, 3);
    }

    @Test
    void eachGeneratedKeyIsNew() {
        assertThat(OpenPgpSecretKey.generate("other").fingerprint()).isNotEqualTo(KEY.fingerprint());
    }

    @Test
    void toStringShowsTheFingerprintOnly() {
        assertThat(KEY.toString()).isEqualTo("OpenPgpSecretKey[" + KEY.fingerprint() + "]");
        assertThat(KEY.publicKey().toString()).doesNotContain("BEGIN");
    }

    @Test
    void garbageIsABadKey() {
        assertThatThrownBy(() -> OpenPgpPublicKey.fromArmored(
                        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----\n"))
                .isInstanceOf(OpenPgpException.class)
                .hasMessage("bad-key");
        assertThatThrownBy(() -> OpenPgpSecretKey.fromArmored("not a key"))
                .isInstanceOf(OpenPgpException.class)
                .hasMessage("bad-key");
    }

    @Test
    void aSecretKeyIsNotTakenForAPublicOne() {
        assertThatThrownBy(() -> OpenPgpPublicKey.fromArmored(KEY.armored()))
                .isInstanceOf(OpenPgpException.class)
                .hasMessage("bad-key");
    }

    @Test
    void aPublicKeyIsNotTakenForASecretOne() {
        assertThatThrownBy(() -> OpenPgpSecretKey.fromArmored(KEY.publicKey().armored()))
                .isInstanceOf(OpenPgpException.class)
                .hasMessage("bad-key");
    }
}
