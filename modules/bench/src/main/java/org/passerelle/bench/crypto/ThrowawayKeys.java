package org.passerelle.bench.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.passerelle.crypto.BlindIndex;
import org.passerelle.crypto.EnvironmentMasterKey;
import org.passerelle.crypto.FieldCipher;
import org.passerelle.crypto.FieldContext;
import org.passerelle.crypto.KeyRing;
import org.passerelle.crypto.MasterKey;
import org.passerelle.crypto.WrappedDataKey;

/**
 * Keys for one benchmark run, set up through the real crypto module as the application does (a key
 * ring with one data key version under a master key, blind indexes derived from a root key). The
 * data they protect is dropped at the end of the run.
 *
 * @param fieldKey the data key version, wrapped by the master key, as {@code data_key} stores it
 */
public record ThrowawayKeys(
        FieldCipher cipher,
        int keyVersion,
        BlindIndex nirIndex,
        BlindIndex nameAndBirthDateIndex,
        WrappedDataKey fieldKey) {

    public static final String OWNER = "ccas-saumur";

    /** Under a random master key, kept nowhere. */
    public static ThrowawayKeys generate() {
        SecureRandom random = new SecureRandom();
        MasterKey master = new EnvironmentMasterKey(Base64.getEncoder().encodeToString(randomBytes(random, 32)));
        return of(master, randomBytes(random, BlindIndex.MIN_ROOT_KEY_BYTES));
    }

    /** A first data key version of {@link #OWNER} under {@code master}, and the blind indexes of {@code rootKey}. */
    public static ThrowawayKeys of(MasterKey master, byte[] rootKey) {
        KeyRing ring = new KeyRing(master, List.of());
        WrappedDataKey fieldKey = ring.nextVersion(OWNER);
        ring.add(fieldKey);
        return new ThrowawayKeys(
                new FieldCipher(ring),
                ring.primaryVersion(OWNER),
                new BlindIndex(rootKey, BlindIndex.NIR),
                new BlindIndex(rootKey, BlindIndex.NAME_AND_BIRTH_DATE),
                fieldKey);
    }

    public FieldContext context(String table, String column, String rowId) {
        return new FieldContext(OWNER, table, column, rowId, keyVersion);
    }

    private static byte[] randomBytes(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
