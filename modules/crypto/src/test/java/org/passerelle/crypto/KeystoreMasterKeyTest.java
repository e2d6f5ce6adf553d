package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.passerelle.crypto.TestKeys.SAUMUR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreMasterKeyTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private final DataKey dataKey = DataKey.generate(SAUMUR, 1, new SecureRandom());

    @Test
    void isCreatedOnFirstOpenReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("keys/master.bcfks");

        KeystoreMasterKey.openOrCreate(file, PASSWORD);

        assertThat(file).isRegularFile();
        assertThat(Files.size(file)).isPositive();
        assertThat(dir.resolve("keys")).isDirectoryNotContaining("glob:**.tmp");
        assumeThat(Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class))
                .isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void reopeningGivesTheSameKey() {
        Path file = dir.resolve("master.bcfks");
        byte[] wrapped = KeystoreMasterKey.openOrCreate(file, PASSWORD).wrap(dataKey);

        DataKey unwrapped = KeystoreMasterKey.openOrCreate(file, PASSWORD).unwrap(stored(wrapped));

        assertThat(unwrapped.secretKey().getEncoded())
                .isEqualTo(dataKey.secretKey().getEncoded());
    }

    @Test
    void eachNewStoreHasItsOwnKey() {
        byte[] wrapped =
                KeystoreMasterKey.openOrCreate(dir.resolve("a.bcfks"), PASSWORD).wrap(dataKey);
        MasterKey other = KeystoreMasterKey.openOrCreate(dir.resolve("b.bcfks"), PASSWORD);

        assertThatThrownBy(() -> other.unwrap(stored(wrapped))).isInstanceOf(MasterKeyException.class);
    }

    @Test
    void aWrongPasswordFailsClearly() {
        Path file = dir.resolve("master.bcfks");
        KeystoreMasterKey.openOrCreate(file, PASSWORD);

        assertThatThrownBy(() -> KeystoreMasterKey.openOrCreate(file, "guess".toCharArray()))
                .isInstanceOf(MasterKeyException.class)
                .hasMessage("Cannot open the master key store " + file + ": wrong password, or the file is damaged")
                .message()
                .doesNotContain("guess");
    }

    @Test
    void aPasswordIsRequired() {
        Path file = dir.resolve("master.bcfks");

        assertThatThrownBy(() -> KeystoreMasterKey.openOrCreate(file, new char[0]))
                .isInstanceOf(MasterKeyException.class);
        assertThat(file).doesNotExist();
    }

    private static WrappedDataKey stored(byte[] wrapped) {
        return new WrappedDataKey(SAUMUR, 1, wrapped, Instant.now());
    }
}
