package org.passerelle.simulator.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.openpgp.OpenPgpKey;

/**
 * The partners' own keys under {@code DATA/keys}, generated at first start and kept across restarts so
 * that what an administrator registered in Passerelle stays valid.
 */
public final class KeyFolder {

    private final Map<Partner, OpenPgpKey> openPgpKeys;
    private final TlsIdentity tlsIdentity;
    private final SshHostKey sshHostKey;

    private KeyFolder(Map<Partner, OpenPgpKey> openPgpKeys, TlsIdentity tlsIdentity, SshHostKey sshHostKey) {
        this.openPgpKeys = openPgpKeys;
        this.tlsIdentity = tlsIdentity;
        this.sshHostKey = sshHostKey;
    }

    public static KeyFolder loadOrCreate(Path data) {
        Path folder = data.resolve("keys");
        Map<Partner, OpenPgpKey> keys = new EnumMap<>(Partner.class);
        for (Partner partner : Partner.values()) {
            keys.put(partner, openPgpKey(folder, partner));
        }
        return new KeyFolder(
                keys,
                TlsIdentity.loadOrCreate(folder.resolve(Partner.CAF_49.code() + ".tls.p12")),
                SshHostKey.loadOrCreate(folder.resolve(Partner.CPAM_49.code() + ".ssh-host-key")));
    }

    /** Where a partner's armored secret key is kept. */
    public static Path secretKeyFile(Path data, Partner partner) {
        return data.resolve("keys").resolve(partner.code() + ".secret.asc");
    }

    private static OpenPgpKey openPgpKey(Path folder, Partner partner) {
        Path secret = folder.resolve(partner.code() + ".secret.asc");
        Path certificate = folder.resolve(partner.code() + ".public.asc");
        try {
            if (Files.exists(secret)) {
                OpenPgpKey key = OpenPgpKey.read(Files.readString(secret, StandardCharsets.US_ASCII));
                EventLog.event("key loaded partner=" + partner + " fingerprint=" + key.fingerprint());
                return key;
            }
            OpenPgpKey key = OpenPgpKey.generate(partner.code() + " (Passerelle partner simulator)");
            KeyFiles.writePrivate(secret, key.armoredSecretKey());
            Files.writeString(certificate, key.certificate().armored(), StandardCharsets.US_ASCII);
            EventLog.event("key generated partner=" + partner + " fingerprint=" + key.fingerprint());
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("cannot load or create the OpenPGP key of " + partner, e);
        }
    }

    public OpenPgpKey openPgp(Partner partner) {
        return openPgpKeys.get(partner);
    }

    public TlsIdentity tls() {
        return tlsIdentity;
    }

    public SshHostKey sshHostKey() {
        return sshHostKey;
    }
}
