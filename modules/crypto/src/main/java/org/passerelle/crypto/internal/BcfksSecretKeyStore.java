package org.passerelle.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import javax.crypto.SecretKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Reads and writes one secret key in a Bouncy Castle FIPS-format keystore (BCFKS): the store is
 * integrity-protected and its entries encrypted with keys derived from the password (PBKDF2), unlike
 * a JKS or PKCS#12 file.
 */
public final class BcfksSecretKeyStore {

    private static final String TYPE = "BCFKS";

    /** One instance, handed to {@link KeyStore#getInstance(String, Provider)}; never registered. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private BcfksSecretKeyStore() {}

    /**
     * Loads the store from {@code in} and returns the secret key under {@code alias}.
     *
     * @throws IOException              if the password is wrong or the store damaged (the format
     *                                  cannot tell the two apart)
     * @throws UnrecoverableKeyException if there is no secret key under {@code alias}
     */
    public static SecretKey read(InputStream in, char[] password, String alias)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE, BOUNCY_CASTLE);
        store.load(in, password);
        Key key = store.getKey(alias, password);
        if (!(key instanceof SecretKey secretKey)) {
            throw new UnrecoverableKeyException("no secret key under alias " + alias);
        }
        return secretKey;
    }

    /** Writes a new store holding only {@code key} under {@code alias}, protected by {@code password}. */
    public static void write(OutputStream out, char[] password, String alias, SecretKey key)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE, BOUNCY_CASTLE);
        store.load(null, null);
        store.setEntry(alias, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
        store.store(out, password);
    }
}
