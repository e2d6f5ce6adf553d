package org.passerelle.bench.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into a table by {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, through
 * the driver's copy API, sent in chunks: a million rows in one statement instead of a million
 * inserts. Each value is written as PostgreSQL reads it: {@code null} as {@code \N}, {@code byte[]}
 * as hexadecimal {@code bytea}, text escaped, anything else (uuid, numbers, booleans, dates,
 * {@code Instant}s in ISO 8601) as its {@code toString()}.
 */
public final class Copy implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 64 * 1024);

    private Copy(CopyIn copy) {
        this.copy = copy;
    }

    /** E.g. {@code into(db, "person (id, nir)")}. */
    public static Copy into(Connection db, String tableAndColumns) throws SQLException {
        return new Copy(db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN"));
    }

    /** One row, its values in the order of the columns; an array among them gives a value per element. */
    public void row(Object... values) throws SQLException {
        append(values, buffer.length());
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void append(Object[] values, int rowStart) {
        for (Object value : values) {
            if (value instanceof Object[] spread) {
                append(spread, rowStart);
            } else {
                buffer.append(buffer.length() > rowStart ? "\t" : "").append(text(value));
            }
        }
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "\\N";
            case byte[] bytes -> "\\\\x" + HexFormat.of().formatHex(bytes);
            case String text ->
                text.replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r");
            default -> value.toString();
        };
    }

    /** Sends what is left and ends the copy; returns the rows the server copied. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
