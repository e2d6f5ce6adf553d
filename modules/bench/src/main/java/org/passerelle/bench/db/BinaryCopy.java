package org.passerelle.bench.db;

import java.nio.ByteBuffer;
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
    /** Big-endian, as COPY's binary format wants it. */
    private ByteBuffer buffer = ByteBuffer.allocate(CHUNK + 64 * 1024);

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
        buffer.put(SIGNATURE).putInt(0).putInt(0); // flags, header extension length
    }

    long rows() {
        return rows;
    }

    public BinaryCopy row(int columns) throws SQLException {
        if (buffer.position() >= CHUNK) {
            flush();
        }
        ensure(2).putShort((short) columns);
        rows++;
        return this;
    }

    BinaryCopy nul() {
        ensure(4).putInt(-1);
        return this;
    }

    public BinaryCopy uuid(UUID value) {
        field(16).putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
        return this;
    }

    public BinaryCopy text(String value) {
        return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    public BinaryCopy bytes(byte[] value) {
        if (value == null) {
            return nul();
        }
        field(value.length).put(value);
        return this;
    }

    public BinaryCopy int2(int value) {
        field(2).putShort((short) value);
        return this;
    }

    public BinaryCopy int4(int value) {
        field(4).putInt(value);
        return this;
    }

    public BinaryCopy int8(long value) {
        field(8).putLong(value);
        return this;
    }

    public BinaryCopy bool(boolean value) {
        field(1).put((byte) (value ? 1 : 0));
        return this;
    }

    public BinaryCopy date(LocalDate value) {
        return value == null ? nul() : int4((int) ChronoUnit.DAYS.between(POSTGRES_EPOCH_DATE, value));
    }

    public BinaryCopy timestamptz(Instant value) {
        return value == null ? nul() : int8(ChronoUnit.MICROS.between(POSTGRES_EPOCH, value));
    }

    /** Sends the trailer and ends the copy; returns the rows the server copied. */
    public long finish() throws SQLException {
        ensure(2).putShort((short) -1);
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        if (buffer.position() > 0) {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** A field's length, then room for its {@code size} bytes. */
    private ByteBuffer field(int size) {
        return ensure(4 + size).putInt(size);
    }

    private ByteBuffer ensure(int more) {
        if (buffer.remaining() < more) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
            buffer = larger.put(buffer.flip());
        }
        return buffer;
    }

    /** The bytes written so far, for tests. */
    byte[] pending() {
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
