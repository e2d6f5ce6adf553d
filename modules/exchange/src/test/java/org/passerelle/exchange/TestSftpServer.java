package org.passerelle.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A partner's SFTP server (Apache MINA SSHD) on a free port: an ECDSA P-256 host key, one user who
 * logs in with Passerelle's published SSH key only, {@code incoming/} and {@code outgoing/} in a
 * temporary root.
 */
final class TestSftpServer implements AutoCloseable {

    static final String USER = "passerelle";

    private final SshServer server;
    private final KeyPair hostKey;
    final Path root;

    TestSftpServer(Path root, String authorizedKeyLine) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("incoming"));
            Files.createDirectories(root.resolve("outgoing"));
            PublicKey authorized = AuthorizedKeyEntry.parseAuthorizedKeyEntry(authorizedKeyLine)
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            hostKey = ecKeyPair();
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
            server.setPublickeyAuthenticator(
                    (user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(authorized, key));
            server.setPasswordAuthenticator(null);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** The host key as the partner registers it: {@code ecdsa-sha2-nistp256 AAAA…}. */
    String hostKeyLine() {
        return PublicKeyEntry.toString(hostKey.getPublic());
    }

    static String otherHostKeyLine() throws GeneralSecurityException {
        return PublicKeyEntry.toString(ecKeyPair().getPublic());
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
