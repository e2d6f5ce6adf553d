package org.passerelle.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.passerelle.crypto.openpgp.OpenPgpSecretKey;
import org.passerelle.exchange.internal.SshKeys;

/**
 * Passerelle's own exchange keys, kept in a folder outside the database and created at first start
 * (files readable by the server only): the OpenPGP key that signs what we send and opens what
 * partners encrypt to us, and the SSH client key we log in to partners' SFTP servers with.
 */
public final class ExchangeIdentity {

    static final String OPENPGP_FILE = "exchange-openpgp.secret.asc";
    static final String SSH_FILE = "exchange-ssh.pk8";
    static final String SSH_PUBLIC_FILE = "exchange-ssh.spki";
    static final String USER_ID = "Passerelle <exchange@passerelle.invalid>";

    private final OpenPgpSecretKey openPgp;
    private final KeyPair ssh;

    private ExchangeIdentity(OpenPgpSecretKey openPgp, KeyPair ssh) {
        this.openPgp = openPgp;
        this.ssh = ssh;
    }

    public static synchronized ExchangeIdentity loadOrCreate(Path folder) {
        try {
            Files.createDirectories(folder);
            Path pgpFile = folder.resolve(OPENPGP_FILE);
            if (!Files.exists(pgpFile)) {
                write(pgpFile, OpenPgpSecretKey.generate(USER_ID).armored().getBytes(StandardCharsets.US_ASCII));
            }
            Path sshFile = folder.resolve(SSH_FILE);
            if (!Files.exists(sshFile)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                write(
                        folder.resolve(SSH_PUBLIC_FILE),
                        base64(pair.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII));
                write(sshFile, SshKeys.pkcs8Pem(pair.getPrivate()));
            }
            OpenPgpSecretKey pgp = OpenPgpSecretKey.fromArmored(Files.readString(pgpFile, StandardCharsets.US_ASCII));
            byte[] der = SshKeys.pemBody(Files.readString(sshFile, StandardCharsets.US_ASCII));
            KeyFactory factory = KeyFactory.getInstance("EC");
            var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            var publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(Files.readString(folder.resolve(SSH_PUBLIC_FILE), StandardCharsets.US_ASCII)
                            .strip())));
            return new ExchangeIdentity(pgp, new KeyPair(publicKey, privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("The exchange keys could not be read or created", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The exchange keys are unreadable", e);
        }
    }

    /** Written to a temporary file, then moved: a crash never leaves half a key. */
    private static void write(Path file, byte[] content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".key", ".tmp");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    public OpenPgpSecretKey openPgp() {
        return openPgp;
    }

    public String publicOpenPgp() {
        return openPgp.publicKey().armored();
    }

    /** The SSH client key as an OpenSSH public key line. */
    public String publicSsh() {
        return SshKeys.openSshLine((ECPublicKey) ssh.getPublic(), "passerelle");
    }

    /** The SSH client key pair in OpenSSH's format, for the SFTP client. */
    byte[] sshPrivateKeyPem() {
        return SshKeys.openSshPrivate(
                (ECPublicKey) ssh.getPublic(), (java.security.interfaces.ECPrivateKey) ssh.getPrivate(), "passerelle");
    }

    @Override
    public String toString() {
        return "ExchangeIdentity[" + openPgp.fingerprint() + "]";
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
