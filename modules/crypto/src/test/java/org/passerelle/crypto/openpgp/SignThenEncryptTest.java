package org.passerelle.crypto.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.junit.jupiter.api.Test;

class SignThenEncryptTest {

    private static final OpenPgpSecretKey PASSERELLE =
            OpenPgpSecretKey.generate("Passerelle <exchange@passerelle.test>");
    private static final OpenPgpSecretKey PARTNER = OpenPgpSecretKey.generate("CPAM <exchange@cpam.test>");
    private static final OpenPgpSecretKey STRANGER = OpenPgpSecretKey.generate("Stranger <x@stranger.test>");
    private static final byte[] DOCUMENT =
            "{\"schema\":\"passerelle.status/1\",\"type\":\"ACKNOWLEDGE\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTrips() {
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, PASSERELLE.publicKey(), PARTNER);

        assertThat(OpenPgp.decryptThenVerify(message, PASSERELLE, PARTNER.publicKey()))
                .isEqualTo(DOCUMENT);
        assertThat(OpenPgp.decryptThenVerify(
                        OpenPgp.signThenEncrypt(new byte[0], PASSERELLE.publicKey(), PARTNER),
                        PASSERELLE,
                        PARTNER.publicKey()))
                .isEmpty();
    }

    @Test
    void messageIsBinaryAndHidesTheContent() {
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, PASSERELLE.publicKey(), PARTNER);

        assertThat(new String(message, StandardCharsets.ISO_8859_1))
                .doesNotContain("ACKNOWLEDGE")
                .doesNotContain("BEGIN PGP");
        assertThat(OpenPgp.signThenEncrypt(DOCUMENT, PASSERELLE.publicKey(), PARTNER))
                .isNotEqualTo(message);
    }

    @Test
    void messageToAnotherKeyIsRefusedAsWronglyAddressed() {
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, STRANGER.publicKey(), PARTNER);

        assertRefused(message, "wrong-recipient");
    }

    @Test
    void messageSignedByAnotherKeyIsRefused() {
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, PASSERELLE.publicKey(), STRANGER);

        assertRefused(message, "wrong-signer");
    }

    @Test
    void everyAlteredByteIsRefusedOrChangesNothing() {
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, PASSERELLE.publicKey(), PARTNER);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < message.length; i++) {
            byte[] altered = message.clone();
            altered[i] ^= 0x01;
            try {
                byte[] read = OpenPgp.decryptThenVerify(altered, PASSERELLE, PARTNER.publicKey());
                // a few header bits carry no meaning (e.g. an MPI's bit count rounded to the same byte count)
                outcomes.add(java.util.Arrays.equals(read, DOCUMENT) ? "same content" : "other content at " + i);
            } catch (OpenPgpException e) {
                outcomes.add(e.code());
            }
        }

        assertThat(outcomes).noneMatch(outcome -> outcome.startsWith("other content"));
        assertThat(outcomes).filteredOn("same content"::equals).hasSizeLessThan(3);
        assertThat(outcomes).contains("tampered", "undecryptable");
    }

    @Test
    void truncatedMessageIsRefused() {
        byte[] message = OpenPgp.signThenEncrypt(DOCUMENT, PASSERELLE.publicKey(), PARTNER);
        byte[] truncated = java.util.Arrays.copyOf(message, message.length - 10);

        assertThatThrownBy(() -> OpenPgp.decryptThenVerify(truncated, PASSERELLE, PARTNER.publicKey()))
                .isInstanceOf(OpenPgpException.class);
    }

    @Test
    void garbageIsMalformed() {
        assertRefused("hello".getBytes(StandardCharsets.US_ASCII), "malformed");
        assertRefused(new byte[0], "malformed");
    }

    @Test
    void unsignedMessageIsRefused() {
        assertRefused(CraftedMessages.encryptedUnsigned(DOCUMENT, PASSERELLE), "not-signed");
    }

    @Test
    void signedButUnencryptedMessageIsRefused() {
        assertRefused(CraftedMessages.signedUnencrypted(DOCUMENT, PARTNER), "not-encrypted");
    }

    @Test
    void messageWithoutIntegrityProtectionIsRefused() {
        assertRefused(
                CraftedMessages.signedEncrypted(
                        DOCUMENT,
                        PASSERELLE,
                        PARTNER,
                        SymmetricKeyAlgorithmTags.AES_256,
                        false,
                        CompressionAlgorithmTags.UNCOMPRESSED),
                "no-integrity");
    }

    @Test
    void messageWithAnotherCipherIsRefused() {
        assertRefused(
                CraftedMessages.signedEncrypted(
                        DOCUMENT,
                        PASSERELLE,
                        PARTNER,
                        SymmetricKeyAlgorithmTags.AES_128,
                        true,
                        CompressionAlgorithmTags.UNCOMPRESSED),
                "weak-cipher");
    }

    @Test
    void compressedMessageIsReadAsGnuPgMaySendIt() {
        byte[] message = CraftedMessages.signedEncrypted(
                DOCUMENT, PASSERELLE, PARTNER, SymmetricKeyAlgorithmTags.AES_256, true, CompressionAlgorithmTags.ZLIB);

        assertThat(OpenPgp.decryptThenVerify(message, PASSERELLE, PARTNER.publicKey()))
                .isEqualTo(DOCUMENT);
    }

    @Test
    void messageWithAForgedSignatureIsRefused() {
        assertRefused(
                CraftedMessages.signedEncryptedWithSignatureOverOtherBytes(DOCUMENT, PASSERELLE, PARTNER),
                "bad-signature");
    }

    @Test
    void detachedSignatureVerifiesOverTheExactBytesOnly() {
        byte[] signature = OpenPgp.detachedSignature(DOCUMENT, PARTNER);

        assertThat(OpenPgp.verifyDetached(DOCUMENT, signature, PARTNER.publicKey()))
                .isTrue();
        byte[] changed = DOCUMENT.clone();
        changed[3] ^= 1;
        assertThat(OpenPgp.verifyDetached(changed, signature, PARTNER.publicKey()))
                .isFalse();
        assertThat(OpenPgp.verifyDetached(DOCUMENT, signature, STRANGER.publicKey()))
                .isFalse();
        assertThat(OpenPgp.verifyDetached(DOCUMENT, new byte[0], PARTNER.publicKey()))
                .isFalse();
        assertThat(OpenPgp.verifyDetached(DOCUMENT, "garbage".getBytes(StandardCharsets.US_ASCII), PARTNER.publicKey()))
                .isFalse();
        byte[] alteredSignature = signature.clone();
        alteredSignature[alteredSignature.length - 5] ^= 1;
        assertThat(OpenPgp.verifyDetached(DOCUMENT, alteredSignature, PARTNER.publicKey()))
                .isFalse();
    }

    private static void assertRefused(byte[] message, String code) {
        assertThatThrownBy(() -> OpenPgp.decryptThenVerify(message, PASSERELLE, PARTNER.publicKey()))
                .isInstanceOfSatisfying(
                        OpenPgpException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessage(code);
    }
}
