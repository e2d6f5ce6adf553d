package org.passerelle.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data keys of every organisation, unwrapped in memory, and the primary (highest) version of
 * each: new ciphertexts use the primary version, older versions stay to decrypt what they encrypted
 * until rotation has re-encrypted it. Thread-safe.
 *
 * <p>The ring never touches a database: it is built from the stored {@link WrappedDataKey} values
 * and produces new ones for the caller to store. Rotation is two steps so that no field is ever
 * encrypted under a key that was not stored:
 * <pre>{@code
 * WrappedDataKey next = keyRing.nextVersion(owner); // not in use yet
 * repository.save(next);                            // commit it
 * keyRing.add(next);                                // now primary; other nodes add it when they reload
 * // then re-encrypt rows below the primary version with FieldCipher.reencrypt
 * }</pre>
 */
public final class KeyRing {

    private record KeyId(String owner, int version) {}

    private final MasterKey masterKey;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<KeyId, DataKey> keys = new ConcurrentHashMap<>();
    private final Map<String, Integer> primaryVersions = new ConcurrentHashMap<>();

    /** A ring holding {@code wrappedKeys}, with the system clock and a default {@link SecureRandom}. */
    public KeyRing(MasterKey masterKey, Collection<WrappedDataKey> wrappedKeys) {
        this(masterKey, wrappedKeys, Clock.systemUTC(), new SecureRandom());
    }

    /**
     * @param clock  stamps the creation time of new versions
     * @param random generates new data keys
     * @throws MasterKeyException if {@code masterKey} cannot unwrap one of {@code wrappedKeys}
     */
    public KeyRing(MasterKey masterKey, Collection<WrappedDataKey> wrappedKeys, Clock clock, SecureRandom random) {
        this.masterKey = Objects.requireNonNull(masterKey, "masterKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        wrappedKeys.forEach(this::add);
    }

    /**
     * Unwraps and installs a stored key; it becomes primary if it is the owner's highest version.
     * Adding the same key again does nothing, so a node can re-add everything it reloads.
     *
     * @throws MasterKeyException    if the master key cannot unwrap it
     * @throws IllegalStateException if a different key is installed for the same owner and version
     */
    public void add(WrappedDataKey wrapped) {
        DataKey key = masterKey.unwrap(wrapped);
        DataKey installed = keys.putIfAbsent(new KeyId(key.owner(), key.version()), key);
        if (installed != null
                && !MessageDigest.isEqual(
                        installed.secretKey().getEncoded(), key.secretKey().getEncoded())) {
            throw new IllegalStateException("A different data key is installed for " + key);
        }
        primaryVersions.merge(key.owner(), key.version(), Math::max);
    }

    /**
     * Generates and wraps the owner's next key version (1 for an organisation without keys). The
     * key is not used until it is {@link #add added}: store it first.
     */
    public WrappedDataKey nextVersion(String owner) {
        Require.owner(owner);
        int version = hasKeys(owner) ? primaryVersion(owner) + 1 : 1;
        DataKey key = DataKey.generate(owner, version, random);
        return new WrappedDataKey(owner, version, masterKey.wrap(key), clock.instant());
    }

    public boolean hasKeys(String owner) {
        return primaryVersions.containsKey(owner);
    }

    /**
     * The version new ciphertexts of {@code owner} use.
     *
     * @throws UnknownDataKeyException if the owner has no key
     */
    public int primaryVersion(String owner) {
        Integer version = primaryVersions.get(owner);
        if (version == null) {
            throw new UnknownDataKeyException(owner);
        }
        return version;
    }

    /** @throws UnknownDataKeyException if the ring has no such key */
    DataKey key(String owner, int version) {
        DataKey key = keys.get(new KeyId(owner, version));
        if (key == null) {
            throw new UnknownDataKeyException(owner, version);
        }
        return key;
    }
}
