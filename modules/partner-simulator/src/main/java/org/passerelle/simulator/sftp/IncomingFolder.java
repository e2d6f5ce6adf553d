package org.passerelle.simulator.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.passerelle.simulator.Channel;
import org.passerelle.simulator.EventLog;
import org.passerelle.simulator.Partner;
import org.passerelle.simulator.keys.PasserelleUnavailableException;
import org.passerelle.simulator.reception.EncryptedArrivals;
import org.passerelle.simulator.reception.Outcome;

/**
 * Polls {@code incoming/} for complete {@code *.pgp} files, oldest first, takes each in and moves it to
 * {@code processed/} or {@code rejected/}. Polling rather than file-system events: a rename into the
 * folder and a file closed by the SFTP server are then seen alike.
 */
public final class IncomingFolder implements AutoCloseable {

    static final long POLL_MILLIS = 200;

    private final SftpFolders folders;
    private final CpamSftpServer server;
    private final EncryptedArrivals arrivals;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sftp-incoming").factory());

    public IncomingFolder(SftpFolders folders, CpamSftpServer server, EncryptedArrivals arrivals) {
        this.folders = folders;
        this.server = server;
        this.arrivals = arrivals;
    }

    public void start() {
        poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            for (Path file : completeFiles()) {
                if (!take(file)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            EventLog.event("sftp poll failed error=" + EventLog.describe(e));
        }
    }

    private List<Path> completeFiles() throws IOException {
        try (Stream<Path> files = Files.list(folders.incoming())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".pgp")
                                && !SftpFolders.isTemporaryName(name)
                                && !server.isBeingWritten(name);
                    })
                    .sorted(Comparator.comparing(IncomingFolder::modified))
                    .toList();
        }
    }

    /** False when Passerelle's key is unavailable: stop this round, the files wait for the next. */
    private boolean take(Path file) throws IOException {
        Outcome outcome;
        try {
            outcome = arrivals.receive(Partner.CPAM_49, Channel.SFTP, Files.readAllBytes(file));
        } catch (PasserelleUnavailableException e) {
            return false;
        }
        Path folder = outcome.taken() ? folders.processed() : folders.rejected();
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            // the same message delivered again: keep both files
            target = folder.resolve(file.getFileName() + "." + Instant.now().toEpochMilli());
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
