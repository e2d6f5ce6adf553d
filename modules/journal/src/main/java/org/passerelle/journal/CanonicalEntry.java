package org.passerelle.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The canonical encoding of a {@link JournalEntry}, version 1: the bytes its MAC and the chain hash
 * cover. One byte layout per entry, and one entry per byte layout, so that two different entries
 * can never be made to hash alike by moving bytes between fields.
 *
 * <p>Integers are big-endian. In field order:
 * <pre>
 * version        1 byte   0x01
 * id             int64
 * at             int64    microseconds since 1970-01-01T00:00:00Z
 * userId         string
 * username       string
 * organisation   string
 * roles          set
 * action         string
 * personId       uuid
 * caseFileId     uuid
 * referralId     uuid
 * fields         set
 * cadre          string
 * purpose        string
 * outcome        string
 * reasonCode     string
 * requestId      string
 * clientAddress  string
 * breakGlass     1 byte   0x00 or 0x01
 *
 * string = 0x00 (null) | 0x01, uint32 byte length, UTF-8 bytes
 * uuid   = 0x00 (null) | 0x01, 16 bytes (most then least significant half)
 * set    = uint32 element count, then each element as uint32 byte length and UTF-8 bytes,
 *          sorted by their UTF-8 bytes compared as unsigned (a set is never null)
 * </pre>
 * Any change to this layout is a new version byte; entries keep the version they were sealed with.
 *
 * <p>Version byte 0x00 marks the raw form of a row that maps to no valid entry (only direct SQL can
 * write one): its 18 columns as the driver's text, each a string as above. No MAC is ever computed
 * over it by the writer, so such a row always fails verification, yet it can be chained.
 */
final class CanonicalEntry {

    static final byte VERSION = 1;
    static final byte RAW = 0;

    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private CanonicalEntry() {}

    static byte[] encode(JournalEntry entry) {
        Buffer out = new Buffer();
        out.write(VERSION);
        out.int64(entry.id());
        out.int64(epochMicros(entry.at()));
        out.string(entry.userId());
        out.string(entry.username());
        out.string(entry.organisation());
        out.set(entry.roles());
        out.string(entry.action());
        out.uuid(entry.personId());
        out.uuid(entry.caseFileId());
        out.uuid(entry.referralId());
        out.set(entry.fields());
        out.string(entry.cadre());
        out.string(entry.purpose());
        out.string(entry.outcome());
        out.string(entry.reasonCode());
        out.string(entry.requestId());
        out.string(entry.clientAddress());
        out.write(entry.breakGlass() ? 1 : 0);
        return out.toByteArray();
    }

    static byte[] encodeRaw(String[] columns) {
        Buffer out = new Buffer();
        out.write(RAW);
        for (String column : columns) {
            out.string(column);
        }
        return out.toByteArray();
    }

    private static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    /** A byte buffer with the few writers the layout needs; not shared between threads. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer() {
            super(256);
        }

        void int32(int value) {
            write(value >>> 24);
            write(value >>> 16);
            write(value >>> 8);
            write(value);
        }

        void int64(long value) {
            int32((int) (value >>> 32));
            int32((int) value);
        }

        void bytes(byte[] value) {
            int32(value.length);
            write(value, 0, value.length);
        }

        void string(String value) {
            if (value == null) {
                write(ABSENT);
                return;
            }
            write(PRESENT);
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        void uuid(UUID value) {
            if (value == null) {
                write(ABSENT);
                return;
            }
            write(PRESENT);
            int64(value.getMostSignificantBits());
            int64(value.getLeastSignificantBits());
        }

        void set(Set<String> values) {
            List<byte[]> encoded = new ArrayList<>(values.size());
            for (String value : values) {
                encoded.add(value.getBytes(StandardCharsets.UTF_8));
            }
            // UTF-8 byte order, not String.compareTo's UTF-16 order: the layout must not depend on Java.
            encoded.sort(Arrays::compareUnsigned);
            int32(encoded.size());
            for (byte[] value : encoded) {
                bytes(value);
            }
        }
    }
}
