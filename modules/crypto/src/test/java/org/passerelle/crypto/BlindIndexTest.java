package org.passerelle.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private static final LocalDate BIRTH = LocalDate.of(1984, 3, 7);

    private final byte[] rootKey = TestKeys.randomBytes(32);
    private final BlindIndex names = new BlindIndex(rootKey, "person.name_birthdate");

    @Test
    void anOrganisationsRootKeyIsStoredUnderItsOwnOwner() {
        assertThat(BlindIndex.rootKeyOwner("ccas-saumur"))
                .isEqualTo("ccas-saumur:blind-index")
                .endsWith(BlindIndex.ROOT_KEY_OWNER_SUFFIX);
        assertThatThrownBy(() -> BlindIndex.rootKeyOwner(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spellingsOfTheSameNameGiveTheSameIndex() {
        assertThat(names.compute(new NameAndBirthDate("Élodie  Dupont-Martin", BIRTH)))
                .isEqualTo(names.compute(new NameAndBirthDate("elodie dupont martin", BIRTH)));
    }

    @Test
    void theBirthDateCounts() {
        assertThat(names.compute(new NameAndBirthDate("Élodie Dupont", BIRTH)))
                .isNotEqualTo(names.compute(new NameAndBirthDate("Élodie Dupont", BIRTH.plusDays(1))));
    }

    @Test
    void isSixteenBytesOrThirtyTwoHexCharacters() {
        Nir nir = Nir.parse("2 55 08 14 168 025 38");
        BlindIndex nirs = new BlindIndex(rootKey, "person.nir");

        assertThat(nirs.compute(nir)).hasSize(16);
        assertThat(nirs.computeHex(nir))
                .matches("[0-9a-f]{32}")
                .isEqualTo(HexFormat.of().formatHex(nirs.compute(nir)));
    }

    @Test
    void differentIndexNamesGiveDifferentValues() {
        Nir nir = Nir.parse("2 55 08 14 168 025 38");

        assertThat(new BlindIndex(rootKey, "person.nir").compute(nir))
                .isNotEqualTo(new BlindIndex(rootKey, "referral.nir").compute(nir));
    }

    @Test
    void differentRootKeysGiveDifferentValues() {
        Nir nir = Nir.parse("2 55 08 14 168 025 38");

        assertThat(new BlindIndex(rootKey, "person.nir").compute(nir))
                .isNotEqualTo(new BlindIndex(TestKeys.randomBytes(32), "person.nir").compute(nir));
    }

    @Test
    void matchesTheDocumentedConstructionComputedWithTheJdkAlone() throws GeneralSecurityException {
        // HKDF (RFC 5869) with no salt and one output block: PRK = HMAC(zeros, root), key = HMAC(PRK, info | 0x01).
        byte[] prk = hmac(new byte[32], rootKey);
        byte[] info = "passerelle.blind-index.v1:person.name_birthdate".getBytes(StandardCharsets.UTF_8);
        byte[] indexKey = hmac(prk, withLastByte(info, (byte) 1));
        byte[] canonical = "elodie dupont martin|1984-03-07".getBytes(StandardCharsets.UTF_8);
        byte[] expected = Arrays.copyOf(hmac(indexKey, canonical), 16);

        assertThat(names.compute(new NameAndBirthDate("Élodie Dupont-Martin", BIRTH)))
                .isEqualTo(expected);
    }

    @Test
    void refusesAShortRootKey() {
        assertThatThrownBy(() -> new BlindIndex(new byte[16], "person.nir"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] withLastByte(byte[] bytes, byte last) {
        byte[] extended = Arrays.copyOf(bytes, bytes.length + 1);
        extended[bytes.length] = last;
        return extended;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
