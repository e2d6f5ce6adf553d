package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.crypto.TestKeys.SAUMUR;
import static org.passerelle.crypto.TestKeys.VITRE;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private final MasterKey masterKey = TestKeys.masterKey();
    private final List<WrappedDataKey> stored = new ArrayList<>();
    private final KeyRing ring = new KeyRing(masterKey, stored, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    private final FieldCipher cipher = new FieldCipher(ring);

    @Test
    void anOrganisationStartsWithoutKeysThenGetsVersionOne() {
        assertThat(ring.hasKeys(SAUMUR)).isFalse();
        assertThatThrownBy(() -> ring.primaryVersion(SAUMUR)).isInstanceOf(UnknownDataKeyException.class);

        WrappedDataKey first = rotate(SAUMUR);

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.created()).isEqualTo(NOW);
        assertThat(ring.primaryVersion(SAUMUR)).isEqualTo(1);
        assertThat(ring.hasKeys(VITRE)).isFalse();
    }

    @Test
    void aNextVersionIsNotUsedUntilAdded() {
        rotate(SAUMUR);

        WrappedDataKey next = ring.nextVersion(SAUMUR);

        assertThat(next.version()).isEqualTo(2);
        assertThat(ring.primaryVersion(SAUMUR)).isEqualTo(1);
        ring.add(next);
        assertThat(ring.primaryVersion(SAUMUR)).isEqualTo(2);
    }

    @Test
    void rotationKeepsOldCiphertextsReadableAndReencryptMovesThemToTheNewVersion() {
        rotate(SAUMUR);
        FieldContext v1 = context(ring.primaryVersion(SAUMUR));
        byte[] old = cipher.encrypt("Dupont", v1);

        rotate(SAUMUR);
        FieldContext v2 = context(ring.primaryVersion(SAUMUR));

        assertThat(v2.keyVersion()).isEqualTo(2);
        assertThat(cipher.decryptString(old, v1)).isEqualTo("Dupont");
        assertThat(FieldCipher.keyVersionOf(cipher.encrypt("Martin", v2))).isEqualTo(2);

        byte[] moved = cipher.reencrypt(old, v1, 2);
        assertThat(FieldCipher.keyVersionOf(moved)).isEqualTo(2);
        assertThat(cipher.decryptString(moved, v2)).isEqualTo("Dupont");
        assertThatThrownBy(() -> cipher.decrypt(moved, v1)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aRingRebuiltFromTheStoredKeysDecryptsWhatTheFirstEncrypted() {
        rotate(SAUMUR);
        rotate(SAUMUR);
        rotate(VITRE);
        byte[] ciphertext = cipher.encrypt("Dupont", context(2));

        KeyRing restarted = new KeyRing(masterKey, stored);

        assertThat(restarted.primaryVersion(SAUMUR)).isEqualTo(2);
        assertThat(restarted.primaryVersion(VITRE)).isEqualTo(1);
        assertThat(new FieldCipher(restarted).decryptString(ciphertext, context(2)))
                .isEqualTo("Dupont");
    }

    @Test
    void addingTheSameKeyAgainIsHarmlessButAnotherKeyForTheSameVersionIsRefused() {
        WrappedDataKey first = rotate(SAUMUR);
        ring.add(first);

        WrappedDataKey rival = new KeyRing(masterKey, List.of()).nextVersion(SAUMUR);

        assertThat(rival.version()).isEqualTo(1);
        assertThatThrownBy(() -> ring.add(rival)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRingCannotLoadKeysWrappedByAnotherMasterKey() {
        rotate(SAUMUR);

        assertThatThrownBy(() -> new KeyRing(TestKeys.masterKey(), stored))
                .isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("ccas-saumur v1");
    }

    private WrappedDataKey rotate(String owner) {
        WrappedDataKey next = ring.nextVersion(owner);
        stored.add(next);
        ring.add(next);
        return next;
    }

    private static FieldContext context(int keyVersion) {
        return new FieldContext(SAUMUR, "person", "last_name", "42", keyVersion);
    }
}
