package org.passerelle.application.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.crypto.EnvironmentMasterKey;
import org.passerelle.crypto.KeystoreMasterKey;
import org.passerelle.crypto.MasterKey;

/**
 * Where the master key comes from, read from the environment only (never from a file in the EAR):
 * a BCFKS keystore ({@code PASSERELLE_KEYS_MASTER_KEYSTORE} and {@code PASSERELLE_KEYS_MASTER_KEYSTORE_PASSWORD}),
 * created on first start, or a base64 key ({@code PASSERELLE_KEYS_MASTER_KEY}) for local use.
 */
@ApplicationScoped
public class ProtectionConfig {

    @Inject
    @ConfigProperty(name = "passerelle.keys.master-keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "passerelle.keys.master-keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "passerelle.keys.master-key")
    Optional<String> masterKey;

    MasterKey openMasterKey() {
        if (keystore.isPresent()) {
            String password = keystorePassword.orElseThrow(
                    () -> new IllegalStateException("PASSERELLE_KEYS_MASTER_KEYSTORE_PASSWORD is not set"));
            return KeystoreMasterKey.openOrCreate(Path.of(keystore.get()), password.toCharArray());
        }
        return new EnvironmentMasterKey(masterKey.orElseThrow(() -> new IllegalStateException(
                "No master key: set PASSERELLE_KEYS_MASTER_KEYSTORE (+ _PASSWORD) or PASSERELLE_KEYS_MASTER_KEY")));
    }
}
