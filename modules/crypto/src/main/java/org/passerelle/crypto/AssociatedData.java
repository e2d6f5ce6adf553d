package org.passerelle.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Builds GCM associated data as a sequence of length-prefixed parts, so that no two different
 * sequences encode to the same bytes ({@code "ab","c"} differs from {@code "a","bc"}).
 */
final class AssociatedData {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    AssociatedData add(byte[] part) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        out.writeBytes(part);
        return this;
    }

    AssociatedData add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    AssociatedData add(int part) {
        return add(ByteBuffer.allocate(Integer.BYTES).putInt(part).array());
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
