package org.passerelle.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * A master key given as a base64 string (256 bits, e.g. from {@code openssl rand -base64 32}),
 * typically read by the caller from an environment variable. Meant for local runs and tests; in
 * production prefer {@link KeystoreMasterKey} or an HSM, which keep the key out of process listings
 * and crash reports. Wrapping is {@link AesGcmKeyWrap AES-256-GCM} with the owner and version as
 * associated data.
 */
public final class EnvironmentMasterKey implements MasterKey {

    private final MasterKey wrap;

    /**
     * @throws MasterKeyException if the value is not base64 or not 32 bytes long; the message never
     *                            repeats the value
     */
    public EnvironmentMasterKey(String base64Key) {
        String text = Require.text(base64Key, "base64Key").strip();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the key.
            throw new MasterKeyException("The master key is not valid base64");
        }
        if (key.length != DataKey.LENGTH_BYTES) {
            throw new MasterKeyException("The master key must be 32 bytes (256 bits), was " + key.length);
        }
        this.wrap = new AesGcmKeyWrap(new SecretKeySpec(key, "AES"), new SecureRandom());
    }

    @Override
    public byte[] wrap(DataKey key) {
        return wrap.wrap(key);
    }

    @Override
    public DataKey unwrap(WrappedDataKey wrapped) {
        return wrap.unwrap(wrapped);
    }
}
