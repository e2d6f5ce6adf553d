package org.passerelle.bench.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.passerelle.crypto.BlindIndex;
import org.passerelle.crypto.EnvironmentMasterKey;
import org.passerelle.crypto.FieldCipher;
import org.passerelle.crypto.FieldContext;
import org.passerelle.crypto.KeyRing;

/**
 * Random keys for one benchmark run, set up through the real crypto module as the application does
 * (master key, key ring with one data key version, blind indexes derived from a root key). Nothing
 * is stored: the data they protect is dropped at the end of the run.
 */
public record ThrowawayKeys(FieldCipher cipher, int keyVersion, BlindIndex nirIndex, BlindIndex nameAndBirthDateIndex) {

    public static final String OWNER = "ccas-saumur";

    public static ThrowawayKeys generate() {
        SecureRandom random = new SecureRandom();
        KeyRing ring = new KeyRing(
                new EnvironmentMasterKey(Base64.getEncoder().encodeToString(randomBytes(random, 32))), List.of());
        ring.add(ring.nextVersion(OWNER));
        byte[] rootKey = randomBytes(random, BlindIndex.MIN_ROOT_KEY_BYTES);
        return new ThrowawayKeys(
                new FieldCipher(ring),
                ring.primaryVersion(OWNER),
                new BlindIndex(rootKey, BlindIndex.NIR),
                new BlindIndex(rootKey, BlindIndex.NAME_AND_BIRTH_DATE));
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
