package org.passerelle.bench.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BinaryCopyTest {

    @Test
    void writesPostgresBinaryCopyFormat() throws SQLException {
        BinaryCopy copy = new BinaryCopy(null);
        copy.row(9)
                .uuid(new UUID(0x0102030405060708L, 0x090A0B0C0D0E0F10L))
                .text("é")
                .bytes(new byte[] {7})
                .int2(3)
                .int4(-2)
                .int8(5)
                .bool(true)
                .date(LocalDate.of(2000, 1, 2))
                .timestamptz(Instant.parse("2000-01-01T00:00:01Z"));
        copy.row(1).nul();

        assertThat(HexFormat.of().formatHex(copy.pending()))
                .isEqualTo("5047434f50590aff0d0a00" + "00000000" + "00000000" // signature, flags, extension
                        + "0009" // 9 columns
                        + "00000010" + "0102030405060708090a0b0c0d0e0f10" // uuid
                        + "00000002" + "c3a9" // text, UTF-8
                        + "00000001" + "07" // bytea
                        + "00000002" + "0003" // smallint
                        + "00000004" + "fffffffe" // integer
                        + "00000008" + "0000000000000005" // bigint
                        + "00000001" + "01" // boolean
                        + "00000004" + "00000001" // date: days since 2000-01-01
                        + "00000008" + "00000000000f4240" // timestamptz: µs since 2000
                        + "0001" + "ffffffff"); // a NULL
        assertThat(copy.rows()).isEqualTo(2);
    }
}
