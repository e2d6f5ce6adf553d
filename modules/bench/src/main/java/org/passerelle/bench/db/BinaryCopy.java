package org.passerelle.bench.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, buffered and sent in chunks: half the bytes of
 * hexadecimal text for {@code bytea}, and nothing for the server to parse. Values must have
 * exactly the column's type: {@code uuid}, {@code text}/{@code varchar}, {@code bytea},
 * {@code smallint}, {@code integer}, {@code bigint}, {@code boolean}, {@code date},
 * {@code timestamptz}.
 */
public final class BinaryCopy implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final LocalDate POSTGRES_EPOCH_DATE = LocalDate.of(2000, 1, 1);
    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private byte[] buffer = new byte[CHUNK + 64 * 1024];
    private int length;
    private long rows;

    /** {@code COPY table (columns) FROM STDIN (FORMAT binary)} on {@code db}, e.g. {@code into(db, "person (id, nir)")}. */
    public static BinaryCopy into(Connection db, String tableAndColumns) throws SQLException {
        return new BinaryCopy(db.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT binary)"));
    }

    /** Starts {@code COPY table (columns) FROM STDIN (FORMAT binary)} on the copy given. */
    public BinaryCopy(CopyIn copy) {
        this.copy = copy;
        put(SIGNATURE);
        int32(0); // flags
        int32(0); // header extension length
    }

    long rows() {
        return rows;
    }

    public BinaryCopy row(int columns) throws SQLException {
        if (length >= CHUNK) {
            flush();
        }
        int16(columns);
        rows++;
        return this;
    }

    BinaryCopy nul() {
        int32(-1);
        return this;
    }

    public BinaryCopy uuid(UUID value) {
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
        return this;
    }

    public BinaryCopy text(String value) {
        return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    public BinaryCopy bytes(byte[] value) {
        if (value == null) {
            return nul();
        }
        int32(value.length);
        put(value);
        return this;
    }

    public BinaryCopy int2(int value) {
        int32(2);
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    public BinaryCopy int4(int value) {
        int32(4);
        int32(value);
        return this;
    }

    public BinaryCopy int8(long value) {
        int32(8);
        int64(value);
        return this;
    }

    public BinaryCopy bool(boolean value) {
        int32(1);
        put(new byte[] {(byte) (value ? 1 : 0)});
        return this;
    }

    public BinaryCopy date(LocalDate value) {
        if (value == null) {
            return nul();
        }
        int32(4);
        int32((int) ChronoUnit.DAYS.between(POSTGRES_EPOCH_DATE, value));
        return this;
    }

    public BinaryCopy timestamptz(Instant value) {
        if (value == null) {
            return nul();
        }
        int32(8);
        int64(ChronoUnit.MICROS.between(POSTGRES_EPOCH, value));
        return this;
    }

    /** Sends the trailer and ends the copy; returns the rows the server copied. */
    public long finish() throws SQLException {
        ensure(2);
        buffer[length++] = (byte) 0xFF;
        buffer[length++] = (byte) 0xFF;
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void int32(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int16(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** The bytes written so far, for tests. */
    byte[] pending() {
        return Arrays.copyOf(buffer, length);
    }
}
