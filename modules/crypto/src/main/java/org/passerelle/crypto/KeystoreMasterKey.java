package org.passerelle.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.passerelle.crypto.internal.BcfksSecretKeyStore;

/**
 * A master key kept in a password-protected Bouncy Castle BCFKS keystore file, under the alias
 * {@value #ALIAS}. The file lives outside the database (and outside its backups); the password comes
 * from the environment. Wrapping is {@link AesGcmKeyWrap AES-256-GCM} with the owner and version as
 * associated data.
 */
public final class KeystoreMasterKey implements MasterKey {

    /** The keystore entry holding the AES-256 master key. */
    public static final String ALIAS = "passerelle-master-key";

    private final MasterKey wrap;

    private KeystoreMasterKey(SecretKey key) {
        this.wrap = new AesGcmKeyWrap(key, new SecureRandom());
    }

    /**
     * Opens the keystore at {@code file}, first creating it with a new random AES-256 master key if
     * it does not exist (readable by its owner only, {@code rw-------}, where the file system has
     * POSIX permissions). Back the file up with its password apart: losing either loses every
     * encrypted field.
     *
     * @throws MasterKeyException if the file cannot be read or written, the password is wrong, the
     *                            file is damaged, or it holds no AES-256 key under {@value #ALIAS}
     */
    public static KeystoreMasterKey openOrCreate(Path file, char[] password) {
        if (password == null || password.length == 0) {
            throw new MasterKeyException("A password is required for the master key store " + file);
        }
        try {
            if (Files.notExists(file)) {
                create(file, password);
            }
            return new KeystoreMasterKey(read(file, password));
        } catch (IOException e) {
            throw new MasterKeyException("Cannot read or create the master key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("The master key store " + file + " holds no usable key under " + ALIAS, e);
        }
    }

    private static SecretKey read(Path file, char[] password) throws IOException, GeneralSecurityException {
        byte[] content = Files.readAllBytes(file);
        SecretKey key;
        try {
            key = BcfksSecretKeyStore.read(new ByteArrayInputStream(content), password, ALIAS);
        } catch (IOException e) {
            // BCFKS reports a wrong password as an integrity failure: the two cannot be told apart.
            throw new MasterKeyException(
                    "Cannot open the master key store " + file + ": wrong password, or the file is damaged", e);
        }
        if (key.getEncoded() == null || key.getEncoded().length != DataKey.LENGTH_BYTES) {
            throw new MasterKeyException("The master key in " + file + " is not an AES-256 key");
        }
        return key;
    }

    private static void create(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, new SecureRandom());
        SecretKey key = generator.generateKey();

        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Written under a temporary name then moved, so a crash never leaves a half-written store.
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", ownerOnly(dir));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                BcfksSecretKeyStore.write(out, password, ALIAS, key);
            }
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first: use theirs, which read() opens next.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) throws IOException {
        if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
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
