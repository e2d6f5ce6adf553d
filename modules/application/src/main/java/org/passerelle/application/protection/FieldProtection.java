package org.passerelle.application.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.crypto.BlindIndex;
import org.passerelle.crypto.DataKey;
import org.passerelle.crypto.FieldCipher;
import org.passerelle.crypto.FieldContext;
import org.passerelle.crypto.FieldDecryptionException;
import org.passerelle.crypto.KeyRing;
import org.passerelle.crypto.MasterKey;
import org.passerelle.crypto.MasterKeyException;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.crypto.UnknownDataKeyException;
import org.passerelle.crypto.WrappedDataKey;
import org.passerelle.domain.protection.DataKeyRepository;
import org.passerelle.domain.protection.SealedColumn;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;

/**
 * Seals and opens personal values with the organisation's data keys, and computes blind indexes.
 *
 * <p>Keys are read from the database (wrapped) and unwrapped with the master key on first use;
 * an organisation gets its first keys the first time it stores data. The cache is only a cache:
 * a key version this node has not seen (another node rotated) triggers a reload, so nodes never
 * disagree. Must be called inside a transaction.
 */
@ApplicationScoped
public class FieldProtection {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, BlindIndexes> blindIndexes = new ConcurrentHashMap<>();
    private volatile MasterKey masterKey;
    private volatile KeyRing keyRing;
    private volatile FieldCipher cipher;

    @Inject
    ProtectionConfig config;

    @Inject
    DataKeyRepository keys;

    @Inject
    Clock clock;

    /** For CDI. */
    public FieldProtection() {}

    /** With a master key in hand and a key store of its own: the unit tests of the access gate. */
    public FieldProtection(MasterKey masterKey, DataKeyRepository keys) {
        this.masterKey = masterKey;
        this.keys = keys;
        this.clock = Clock.systemUTC();
    }

    /** The key version new rows of {@code organisation} are sealed with; creates the first key if none. */
    public int primaryKeyVersion(String organisation) {
        KeyRing ring = ring();
        if (!ring.hasKeys(organisation)) {
            keys.addIfAbsent(ring.nextVersion(organisation));
            ring = reload();
        }
        return ring.primaryVersion(organisation);
    }

    /**
     * Creates the organisation's next data key version, which becomes primary at once: rows written
     * from now on use it. Returns that version.
     */
    public int addKeyVersion(String organisation) {
        // From the stored keys, not this node's cache: another node may have added versions.
        WrappedDataKey next = reload().nextVersion(organisation);
        if (!keys.addIfAbsent(next)) {
            throw new IllegalStateException("Another node added key version " + next.version() + " of " + organisation
                    + " at the same moment; try again");
        }
        return reload().primaryVersion(organisation);
    }

    /** Re-encrypts one stored ciphertext under {@code newVersion}, for rotation. */
    public byte[] reencrypt(
            String owner, SealedColumn column, String rowId, int keyVersion, byte[] ciphertext, int newVersion) {
        FieldContext context = new FieldContext(owner, column.table(), column.column(), rowId, keyVersion);
        try {
            return withReload(() -> cipher.reencrypt(ciphertext, context, newVersion));
        } catch (FieldDecryptionException e) {
            throw new DataIntegrityException(e.getMessage(), e);
        }
    }

    public void seal(SealedRow row, Field field, String value) {
        row.seal(field, value == null ? null : withReload(() -> cipher.encrypt(value, context(row, field))));
    }

    /** @throws DataIntegrityException when the stored ciphertext does not belong to this row and column */
    public String open(SealedRow row, Field field) {
        byte[] ciphertext = row.sealed(field);
        if (ciphertext == null) {
            return null;
        }
        try {
            return withReload(() -> cipher.decryptString(ciphertext, context(row, field)));
        } catch (FieldDecryptionException e) {
            throw new DataIntegrityException(e.getMessage(), e);
        }
    }

    public byte[] nirIndex(String organisation, Nir nir) {
        return indexes(organisation).nir().compute(nir);
    }

    public byte[] nameIndex(String organisation, NameAndBirthDate name) {
        return indexes(organisation).name().compute(name);
    }

    private static FieldContext context(SealedRow row, Field field) {
        SealedColumn column = SealedColumn.of(field);
        return new FieldContext(row.owner(), column.table(), column.column(), row.rowId(), row.keyVersion());
    }

    private BlindIndexes indexes(String organisation) {
        return blindIndexes.computeIfAbsent(organisation, org -> {
            String owner = BlindIndex.rootKeyOwner(org);
            WrappedDataKey wrapped = keys.findAll().stream()
                    .filter(k -> k.owner().equals(owner) && k.version() == 1)
                    .findFirst()
                    .orElseGet(() -> {
                        WrappedDataKey created = wrap(DataKey.generate(owner, 1, random));
                        keys.addIfAbsent(created);
                        // another node may have won the race: use whatever is stored
                        return keys.findAll().stream()
                                .filter(k -> k.owner().equals(owner) && k.version() == 1)
                                .findFirst()
                                .orElseThrow();
                    });
            byte[] root = unwrap(wrapped).secretKey().getEncoded();
            return new BlindIndexes(
                    new BlindIndex(root, BlindIndex.NIR), new BlindIndex(root, BlindIndex.NAME_AND_BIRTH_DATE));
        });
    }

    private WrappedDataKey wrap(DataKey key) {
        return new WrappedDataKey(key.owner(), key.version(), master().wrap(key), clock.instant());
    }

    private <T> T withReload(java.util.function.Supplier<T> work) {
        ring();
        try {
            return work.get();
        } catch (UnknownDataKeyException e) {
            reload();
            return work.get();
        }
    }

    private KeyRing ring() {
        KeyRing ring = keyRing;
        return ring != null ? ring : reload();
    }

    private synchronized KeyRing reload() {
        KeyRing ring;
        try {
            ring = new KeyRing(
                    master(),
                    keys.findAll().stream()
                            .filter(k -> !k.owner().endsWith(BlindIndex.ROOT_KEY_OWNER_SUFFIX))
                            .toList());
        } catch (MasterKeyException e) {
            throw new KeysUnavailableException(e.getMessage(), e);
        }
        cipher = new FieldCipher(ring, random);
        keyRing = ring;
        return ring;
    }

    private MasterKey master() {
        MasterKey key = masterKey;
        if (key == null) {
            synchronized (this) {
                if (masterKey == null) {
                    try {
                        masterKey = config.openMasterKey();
                    } catch (MasterKeyException e) {
                        throw new KeysUnavailableException(e.getMessage(), e);
                    }
                }
                key = masterKey;
            }
        }
        return key;
    }

    /**
     * Each owner's current (highest) stored key version that the master key cannot open, as
     * "owner vN"; empty when they all open. Checked once at start ({@code MasterKeyHealthCheck}):
     * a server with the wrong master key must say so rather than fail every request.
     *
     * @throws KeysUnavailableException if the master key itself cannot be opened
     */
    @Transactional
    public List<String> currentKeysTheMasterKeyCannotOpen() {
        Map<String, WrappedDataKey> current = new TreeMap<>();
        for (WrappedDataKey key : keys.findAll()) {
            current.merge(key.owner(), key, (a, b) -> a.version() >= b.version() ? a : b);
        }
        MasterKey master = master();
        List<String> unopened = new ArrayList<>();
        for (WrappedDataKey key : current.values()) {
            try {
                master.unwrap(key);
            } catch (MasterKeyException e) {
                unopened.add(key.owner() + " v" + key.version());
            }
        }
        return unopened;
    }

    private DataKey unwrap(WrappedDataKey wrapped) {
        try {
            return master().unwrap(wrapped);
        } catch (MasterKeyException e) {
            throw new KeysUnavailableException(e.getMessage(), e);
        }
    }

    private record BlindIndexes(BlindIndex nir, BlindIndex name) {}
}
