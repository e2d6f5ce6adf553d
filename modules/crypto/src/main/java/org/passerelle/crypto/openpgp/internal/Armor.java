package org.passerelle.crypto.openpgp.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.bouncycastle.bcpg.ArmoredOutputStream;

/** ASCII armor without a "Version" header: nothing about our software stack needs to travel. */
final class Armor {

    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private Armor() {}

    static byte[] encode(Writer writer) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored =
                ArmoredOutputStream.builder().clearHeaders().build(buffer)) {
            writer.writeTo(armored);
        }
        return buffer.toByteArray();
    }
}
