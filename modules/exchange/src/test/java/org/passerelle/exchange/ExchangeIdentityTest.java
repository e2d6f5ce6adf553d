package org.passerelle.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.crypto.openpgp.OpenPgpPublicKey;

class ExchangeIdentityTest {

    @TempDir
    Path folder;

    @Test
    void keysAreCreatedOnceReadableByTheServerOnlyAndReadBack() throws Exception {
        ExchangeIdentity first = ExchangeIdentity.loadOrCreate(folder);
        ExchangeIdentity again = ExchangeIdentity.loadOrCreate(folder);

        assertThat(again.openPgp().fingerprint()).isEqualTo(first.openPgp().fingerprint());
        assertThat(again.publicSsh()).isEqualTo(first.publicSsh());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList())
                    .hasSize(3)
                    .allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .isEqualTo("rw-------"));
        }
    }

    @Test
    void publicKeysAreInTheFormsPartnersRegister() throws Exception {
        ExchangeIdentity identity = ExchangeIdentity.loadOrCreate(folder);

        assertThat(OpenPgpPublicKey.fromArmored(identity.publicOpenPgp()).fingerprint())
                .isEqualTo(identity.openPgp().fingerprint());
        assertThat(identity.publicSsh()).matches("ecdsa-sha2-nistp256 AAAA[A-Za-z0-9+/=]+ passerelle");
        // read by another SSH implementation than ours
        assertThat(AuthorizedKeyEntry.parseAuthorizedKeyEntry(identity.publicSsh())
                        .resolvePublicKey(null, PublicKeyEntryResolver.FAILING)
                        .getAlgorithm())
                .isEqualTo("EC");
        assertThat(identity.toString()).doesNotContain("PRIVATE");
    }
}
