package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.crypto.TestKeys.SAUMUR;
import static org.passerelle.crypto.TestKeys.VITRE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String SECRET = "2 55 08 14 168 025 38";

    private final KeyRing ring = TestKeys.ringWithFirstVersions(SAUMUR, VITRE);
    private final FieldCipher cipher = new FieldCipher(ring);
    private final FieldContext nir = new FieldContext(SAUMUR, "person", "nir", "42", 1);

    @Test
    void textRoundTrips() {
        String text = "Élodie Dupont — suivie depuis 2021 ✓";

        assertThat(cipher.decryptString(cipher.encrypt(text, nir), nir)).isEqualTo(text);
        assertThat(cipher.decryptString(cipher.encrypt("", nir), nir)).isEmpty();
    }

    @Test
    void bytesRoundTrip() {
        byte[] bytes = TestKeys.randomBytes(100);

        assertThat(cipher.decrypt(cipher.encrypt(bytes, nir), nir)).isEqualTo(bytes);
    }

    @Test
    void nullGivesNull() {
        assertThat(cipher.encrypt((String) null, nir)).isNull();
        assertThat(cipher.encrypt((byte[]) null, nir)).isNull();
        assertThat(cipher.decrypt(null, nir)).isNull();
        assertThat(cipher.decryptString(null, nir)).isNull();
        assertThat(cipher.reencrypt(null, nir, 1)).isNull();
    }

    @Test
    void ciphertextHasTheDocumentedLayoutAndHidesThePlaintext() {
        byte[] ciphertext = cipher.encrypt(SECRET, nir);

        assertThat(ciphertext[0]).isEqualTo((byte) 1);
        assertThat(ciphertext[1]).isEqualTo((byte) SAUMUR.length());
        assertThat(new String(ciphertext, 2, SAUMUR.length(), StandardCharsets.US_ASCII))
                .isEqualTo(SAUMUR);
        assertThat(ciphertext).hasSize(1 + 1 + SAUMUR.length() + 4 + 12 + SECRET.length() + 16);
        assertThat(FieldCipher.keyVersionOf(ciphertext)).isEqualTo(1);
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("168 025");
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt(SECRET, nir)).isNotEqualTo(cipher.encrypt(SECRET, nir));
    }

    @Test
    void everyAlteredByteIsDetected() {
        byte[] ciphertext = cipher.encrypt(SECRET, nir);

        for (int i = 0; i < ciphertext.length; i++) {
            byte[] altered = ciphertext.clone();
            altered[i] ^= 0x01;
            assertRejected(altered, nir);
        }
        assertRejected(Arrays.copyOf(ciphertext, ciphertext.length - 1), nir);
    }

    @Test
    void ciphertextMovedToAnotherRowColumnTableOrOwnerIsRejected() {
        byte[] ciphertext = cipher.encrypt(SECRET, nir);

        assertRejected(ciphertext, new FieldContext(SAUMUR, "person", "nir", "43", 1));
        assertRejected(ciphertext, new FieldContext(SAUMUR, "person", "last_name", "42", 1));
        assertRejected(ciphertext, new FieldContext(SAUMUR, "contact", "nir", "42", 1));
        assertRejected(ciphertext, new FieldContext(VITRE, "person", "nir", "42", 1));
    }

    @Test
    void ciphertextPresentedWithAnotherKeyVersionIsRejected() {
        ring.add(ring.nextVersion(SAUMUR));
        byte[] ciphertext = cipher.encrypt(SECRET, nir);

        assertThatThrownBy(() -> cipher.decrypt(ciphertext, nir.withKeyVersion(2)))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("key version 1");
    }

    @Test
    void relabellingTheKeyVersionFailsEvenWhenTheRowAgrees() {
        ring.add(ring.nextVersion(SAUMUR));
        byte[] relabelled = cipher.encrypt(SECRET, nir);
        relabelled[2 + SAUMUR.length() + 3] = 2;

        assertThat(FieldCipher.keyVersionOf(relabelled)).isEqualTo(2);
        assertThatThrownBy(() -> cipher.decrypt(relabelled, nir.withKeyVersion(2)))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("authentication failed");
    }

    @Test
    void unknownKeyVersionIsReported() {
        assertThatThrownBy(() -> cipher.encrypt(SECRET, nir.withKeyVersion(7)))
                .isInstanceOf(UnknownDataKeyException.class)
                .hasMessage("No data key for organisation ccas-saumur at version 7");
    }

    @Test
    void keyVersionOfRejectsWhatIsNotACiphertext() {
        assertThatThrownBy(() -> FieldCipher.keyVersionOf(SECRET.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(byte[] ciphertext, FieldContext context) {
        assertThatThrownBy(() -> cipher.decrypt(ciphertext, context))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageStartingWith("Cannot decrypt " + context.table() + "." + context.column() + " of row "
                        + context.rowId() + ": ")
                .message()
                .doesNotContain(SECRET)
                .doesNotContain("168");
    }
}
