package org.passerelle.simulator.sftp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.behaviour.Behaviours;

/**
 * Watches uploads into {@code incoming/}: refuses one while {@code failTimes} says so (the client gets
 * SSH_FX_PERMISSION_DENIED), and remembers which files are still open for writing so that the poller
 * never reads a file half written under its final name.
 */
final class UploadGuard implements SftpEventListener {

    private final Behaviours behaviours;
    private final Set<String> openForWriting = ConcurrentHashMap.newKeySet();

    UploadGuard(Behaviours behaviours) {
        this.behaviours = behaviours;
    }

    boolean isBeingWritten(String fileName) {
        return openForWriting.contains(fileName);
    }

    @Override
    public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
        if (!(localHandle instanceof FileHandle file) || !isIncoming(file.getFile()) || !writes(file)) {
            return;
        }
        if (behaviours.takeFailure(Partner.CPAM_49)) {
            EventLog.event("delivery refused partner=cpam-49 channel=SFTP because=failTimes");
            throw new AccessDeniedException("incoming", null, "refused by the simulator's failTimes");
        }
        openForWriting.add(file.getFile().getFileName().toString());
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
        if (localHandle instanceof FileHandle file && file.getFile().getFileName() != null) {
            openForWriting.remove(file.getFile().getFileName().toString());
        }
    }

    private static boolean writes(FileHandle file) {
        Set<StandardOpenOption> options = file.getOpenOptions();
        return options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    }

    private static boolean isIncoming(Path file) {
        Path parent = file.getParent();
        return parent != null
                && parent.getFileName() != null
                && "incoming".equals(parent.getFileName().toString());
    }
}
