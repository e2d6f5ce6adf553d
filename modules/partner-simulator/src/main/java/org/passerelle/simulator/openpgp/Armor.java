package org.passerelle.simulator.openpgp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.bcpg.ArmoredOutputStream;

/** ASCII armor, the form keys are published and stored in. */
final class Armor {

    private Armor() {}

    static String armor(byte[] binary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
            armored.write(binary);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
