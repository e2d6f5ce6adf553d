package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.crypto.TestKeys.SAUMUR;
import static org.passerelle.crypto.TestKeys.VITRE;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EnvironmentMasterKeyTest {

    private final String base64 = Base64.getEncoder().encodeToString(TestKeys.randomBytes(32));
    private final MasterKey masterKey = new EnvironmentMasterKey(base64);
    private final DataKey dataKey = DataKey.generate(SAUMUR, 3, new SecureRandom());

    @Test
    void wrapsAndUnwraps() {
        byte[] wrapped = masterKey.wrap(dataKey);

        DataKey unwrapped = new EnvironmentMasterKey(base64).unwrap(stored(SAUMUR, 3, wrapped));

        assertThat(wrapped).hasSize(61);
        assertThat(HexFormat.of().formatHex(wrapped))
                .doesNotContain(HexFormat.of().formatHex(dataKey.secretKey().getEncoded()));
        assertThat(unwrapped.secretKey().getEncoded())
                .isEqualTo(dataKey.secretKey().getEncoded());
        assertThat(unwrapped.owner()).isEqualTo(SAUMUR);
        assertThat(unwrapped.version()).isEqualTo(3);
    }

    @Test
    void aWrappedKeyIsBoundToItsOwnerAndVersion() {
        byte[] wrapped = masterKey.wrap(dataKey);

        assertThatThrownBy(() -> masterKey.unwrap(stored(VITRE, 3, wrapped)))
                .isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("ccas-vitre v3");
        assertThatThrownBy(() -> masterKey.unwrap(stored(SAUMUR, 4, wrapped))).isInstanceOf(MasterKeyException.class);
    }

    @Test
    void anotherMasterKeyCannotUnwrap() {
        byte[] wrapped = masterKey.wrap(dataKey);

        assertThatThrownBy(() -> TestKeys.masterKey().unwrap(stored(SAUMUR, 3, wrapped)))
                .isInstanceOf(MasterKeyException.class);
    }

    @Test
    void aKeyOfTheWrongLengthOrNotBase64IsRefusedWithoutEchoingIt() {
        String short128 = Base64.getEncoder().encodeToString(TestKeys.randomBytes(16));

        assertThatThrownBy(() -> new EnvironmentMasterKey(short128))
                .isInstanceOf(MasterKeyException.class)
                .hasMessage("The master key must be 32 bytes (256 bits), was 16");
        assertThatThrownBy(() -> new EnvironmentMasterKey("not-base64-" + base64))
                .isInstanceOf(MasterKeyException.class)
                .hasMessage("The master key is not valid base64")
                .hasNoCause();
    }

    private static WrappedDataKey stored(String owner, int version, byte[] wrapped) {
        return new WrappedDataKey(owner, version, wrapped, Instant.now());
    }
}
