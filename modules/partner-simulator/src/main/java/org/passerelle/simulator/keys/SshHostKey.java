package org.passerelle.simulator.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Iterator;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/** The CPAM SFTP server's host key, ECDSA P-256 in OpenSSH format, which Passerelle pins. */
public final class SshHostKey {

    private final KeyPair keyPair;

    private SshHostKey(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public static SshHostKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                Iterator<KeyPair> pairs =
                        new FileKeyPairProvider(file).loadKeys(null).iterator();
                if (!pairs.hasNext()) {
                    throw new IllegalStateException("no key in " + file);
                }
                return new SshHostKey(pairs.next());
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            try (OutputStream out = KeyFiles.createPrivate(file)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "cpam-49 simulator host key", null, out);
            }
            return new SshHostKey(pair);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load or create the SSH host key " + file, e);
        }
    }

    public KeyPairProvider provider() {
        return KeyPairProvider.wrap(keyPair);
    }

    /** {@code ecdsa-sha2-nistp256 AAAA…}, the form the contract's {@code sshHostKey} takes. */
    public String publicKeyLine() {
        return PublicKeyEntry.toString(keyPair.getPublic());
    }
}
