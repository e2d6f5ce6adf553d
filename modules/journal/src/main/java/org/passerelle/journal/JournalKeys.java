package org.passerelle.journal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passerelle.crypto.KeyDerivation;
import org.passerelle.journal.internal.Ed25519;

/**
 * The journal's Ed25519 key pair, which signs checkpoints, plus a MAC key derived from it
 * (HKDF-SHA256, info {@value #MAC_INFO}) which authenticates each entry. Lives outside the
 * database: whoever holds it can rewrite the journal undetected, so back it up apart from the
 * database and its dumps.
 */
public final class JournalKeys {

    /** The key file in the folder given to {@link #openOrCreate(Path)}. */
    public static final String KEY_FILE = "journal-ed25519.key";

    /** The signer name on checkpoint notes (a name in the sense of Go's {@code sumdb/note}). */
    public static final String NOTE_KEY_NAME = "passerelle-journal";

    static final String MAC_INFO = "passerelle journal entry mac v1";

    private static final System.Logger LOG = System.getLogger(JournalKeys.class.getName());

    private final byte[] seed;
    private final byte[] publicKey;
    private final String keyId;
    private final byte[] noteKeyHash;
    private final ThreadLocal<Mac> mac;

    private JournalKeys(byte[] seed) {
        if (seed.length != Ed25519.SEED_BYTES) {
            throw new JournalKeyException("A journal key is a " + Ed25519.SEED_BYTES + "-byte Ed25519 seed");
        }
        this.seed = seed.clone();
        this.publicKey = Ed25519.publicKey(this.seed);
        this.keyId = HexFormat.of().formatHex(Sha256.of(publicKey), 0, 8);
        this.noteKeyHash = SignedNote.keyHash(NOTE_KEY_NAME, publicKey);
        SecretKeySpec macKey = new SecretKeySpec(
                KeyDerivation.hkdfSha256(this.seed, null, MAC_INFO.getBytes(StandardCharsets.UTF_8), 32), "HmacSHA256");
        // One Mac per thread and key: getInstance and init cost more than MACing one entry.
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac instance = Mac.getInstance("HmacSHA256");
                instance.init(macKey);
                return instance;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available in the JDK", e);
            }
        });
    }

    /**
     * Loads the key from {@code folder/}{@value #KEY_FILE} (the raw 32-byte Ed25519 seed in base64),
     * first generating it if the file does not exist: the folder is created {@code rwx------} and
     * the file {@code rw-------} where the file system has POSIX permissions. A key file that
     * others may read is used, with a warning.
     *
     * @throws JournalKeyException if the file cannot be read or written or holds no 32-byte seed
     */
    public static JournalKeys openOrCreate(Path folder) {
        Path file = folder.resolve(KEY_FILE);
        try {
            if (Files.notExists(file)) {
                create(folder, file);
            }
            warnIfOthersMayRead(file);
            byte[] seed;
            try {
                seed = Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .strip());
            } catch (IllegalArgumentException e) {
                throw new JournalKeyException("The journal key file " + file + " is not base64");
            }
            if (seed.length != Ed25519.SEED_BYTES) {
                throw new JournalKeyException(
                        "The journal key file " + file + " holds no " + Ed25519.SEED_BYTES + "-byte seed");
            }
            return new JournalKeys(seed);
        } catch (IOException e) {
            throw new JournalKeyException("Cannot read or create the journal key file " + file, e);
        }
    }

    /** A key from its 32-byte seed, held in memory only. */
    static JournalKeys fromSeed(byte[] seed) {
        return new JournalKeys(seed);
    }

    /** A new random key held in memory only: for tests and benchmarks. */
    public static JournalKeys generate() {
        return new JournalKeys(Ed25519.newSeed(new SecureRandom()));
    }

    /** Hex of the first 8 bytes of SHA-256 of the public key; stored with each checkpoint. */
    public String keyId() {
        return keyId;
    }

    /** The raw 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /**
     * The verifier key in the text form of Go's {@code golang.org/x/mod/sumdb/note}:
     * {@code passerelle-journal+<key hash, 8 hex>+<base64(0x01 || public key)>}, so that checkpoint
     * notes can also be checked by tools outside this project.
     */
    public String noteVerifierKey() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = SignedNote.ED25519_ALGORITHM;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return NOTE_KEY_NAME + "+" + HexFormat.of().formatHex(noteKeyHash) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** The 4-byte key hash that prefixes this key's signatures in a signed note. */
    byte[] noteKeyHash() {
        return noteKeyHash.clone();
    }

    byte[] sign(byte[] message) {
        return Ed25519.sign(seed, message);
    }

    boolean verify(byte[] message, byte[] signature) {
        return Ed25519.verify(publicKey, message, signature);
    }

    /** HMAC-SHA256 of a canonical entry under the derived MAC key. */
    byte[] mac(byte[] canonicalEntry) {
        return mac.get().doFinal(canonicalEntry);
    }

    @Override
    public String toString() {
        return "JournalKeys[" + keyId + "]";
    }

    private static void create(Path folder, Path file) throws IOException {
        if (Files.notExists(folder)) {
            Files.createDirectories(folder, ownerOnly(folder.toAbsolutePath().getParent(), "rwx------"));
        }
        // Written under a temporary name then moved, so a crash never leaves a half-written key.
        Path temp = Files.createTempFile(folder, KEY_FILE, ".tmp", ownerOnly(folder, "rw-------"));
        try {
            byte[] seed = Ed25519.newSeed(new SecureRandom());
            Files.writeString(temp, Base64.getEncoder().encodeToString(seed) + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file);
            LOG.log(Level.INFO, "Generated the journal key {0}", file);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first: use theirs.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void warnIfOthersMayRead(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            LOG.log(
                    Level.WARNING,
                    "The journal key file {0} is readable by others ({1}): chmod 600 it",
                    file,
                    PosixFilePermissions.toString(permissions));
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path existing, String permissions) throws IOException {
        Path probe = existing;
        while (probe != null && Files.notExists(probe)) {
            probe = probe.getParent();
        }
        if (probe == null || !Files.getFileStore(probe).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }
}
