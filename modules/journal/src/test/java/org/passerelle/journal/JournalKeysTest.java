package org.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalKeysTest {

    @TempDir
    Path temp;

    @Test
    void theKeyIsCreatedOnceOwnerOnlyAndReadBack() throws Exception {
        Path folder = temp.resolve("keys");

        JournalKeys created = JournalKeys.openOrCreate(folder);
        JournalKeys reopened = JournalKeys.openOrCreate(folder);

        assertThat(reopened.publicKey()).isEqualTo(created.publicKey());
        assertThat(reopened.keyId()).isEqualTo(created.keyId()).hasSize(16);
        assertThat(reopened.mac(new byte[] {1})).isEqualTo(created.mac(new byte[] {1}));
        Path file = folder.resolve(JournalKeys.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(java.util.Base64.getDecoder().decode(Files.readString(file).strip()))
                .hasSize(32);
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void signaturesAndMacsAreTheKeys() {
        JournalKeys keys = JournalKeys.generate();
        JournalKeys other = JournalKeys.generate();
        byte[] message = "passerelle".getBytes(StandardCharsets.UTF_8);

        assertThat(keys.verify(message, keys.sign(message))).isTrue();
        assertThat(other.verify(message, keys.sign(message))).isFalse();
        assertThat(keys.mac(message)).hasSize(32).isNotEqualTo(other.mac(message));
        assertThat(keys.toString()).isEqualTo("JournalKeys[" + keys.keyId() + "]");
    }

    @Test
    void aDamagedKeyFileIsRefused() throws Exception {
        Files.writeString(temp.resolve(JournalKeys.KEY_FILE), "not a key\n");

        assertThatThrownBy(() -> JournalKeys.openOrCreate(temp))
                .isInstanceOf(JournalKeyException.class)
                .hasMessageContaining(JournalKeys.KEY_FILE);
    }
}
