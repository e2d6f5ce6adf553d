package org.passerelle.simulator.sftp;

import java.io.IOException;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.PartnerListener;
import org.passerelle.simulator.behaviour.Behaviours;
import org.passerelle.simulator.keys.PasserelleKeys;
import org.passerelle.simulator.keys.SshHostKey;

/**
 * cpam-49's SFTP server on 127.0.0.1: user {@code passerelle}, public-key authentication with Passerelle's
 * published SSH key and nothing else, a file system rooted at {@link SftpFolders#root()}.
 */
public final class CpamSftpServer implements PartnerListener {

    static final String USER = "passerelle";

    private final int port;
    private final SftpFolders folders;
    private final SshHostKey hostKey;
    private final PasserelleKeys passerelleKeys;
    private final UploadGuard guard;
    private SshServer server;

    public CpamSftpServer(
            int port, SftpFolders folders, SshHostKey hostKey, PasserelleKeys passerelleKeys, Behaviours behaviours) {
        this.port = port;
        this.folders = folders;
        this.hostKey = hostKey;
        this.passerelleKeys = passerelleKeys;
        this.guard = new UploadGuard(behaviours);
    }

    @Override
    public Partner partner() {
        return Partner.CPAM_49;
    }

    /** Whether an SFTP client still has this incoming file open for writing. */
    public boolean isBeingWritten(String fileName) {
        return guard.isBeingWritten(fileName);
    }

    @Override
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        SshServer created = SshServer.setUpDefaultServer();
        created.setHost("127.0.0.1");
        created.setPort(port);
        created.setKeyPairProvider(hostKey.provider());
        created.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        created.setPasswordAuthenticator(null);
        created.setKeyboardInteractiveAuthenticator(null);
        created.setPublickeyAuthenticator((user, key, session) -> {
            boolean accepted = USER.equals(user) && passerelleKeys.isSshKey(key);
            if (!accepted) {
                EventLog.event("ssh authentication refused partner=cpam-49");
            }
            return accepted;
        });
        created.setFileSystemFactory(new VirtualFileSystemFactory(folders.root()));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(guard);
        created.setSubsystemFactories(List.of(sftp));
        created.start();
        server = created;
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop(true);
        } catch (IOException e) {
            EventLog.event("sftp stop failed error=" + EventLog.describe(e));
        }
        server = null;
    }

    @Override
    public synchronized boolean running() {
        return server != null;
    }
}
