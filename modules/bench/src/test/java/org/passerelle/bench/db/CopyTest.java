package org.passerelle.bench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyTest {

    @Test
    void writesEachValueAsCopysTextFormatReadsIt() {
        assertThat(Copy.text(null)).isEqualTo("\\N");
        assertThat(Copy.text(new byte[] {7, (byte) 0xAB})).isEqualTo("\\\\x07ab");
        assertThat(Copy.text("a\tb\\c\nd\re")).isEqualTo("a\\tb\\\\c\\nd\\re");
        assertThat(Copy.text("é")).isEqualTo("é");
        assertThat(Copy.text(new UUID(0x0102030405060708L, 0x090A0B0C0D0E0F10L)))
                .isEqualTo("01020304-0506-0708-090a-0b0c0d0e0f10");
        assertThat(Copy.text(LocalDate.of(2000, 1, 2))).isEqualTo("2000-01-02");
        assertThat(Copy.text(Instant.parse("2000-01-01T00:00:01Z"))).isEqualTo("2000-01-01T00:00:01Z");
        assertThat(Copy.text(-2)).isEqualTo("-2");
        assertThat(Copy.text(true)).isEqualTo("true");
    }
}
