package org.passerelle.simulator.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** cpam-49's SFTP tree under {@code DATA/sftp/cpam-49}: what Passerelle sees as its home folder. */
public record SftpFolders(Path root) {

    public static SftpFolders create(Path data) {
        SftpFolders folders = new SftpFolders(data.resolve("sftp").resolve("cpam-49"));
        try {
            for (Path folder : new Path[] {
                folders.processed(), folders.rejected(), folders.outgoing().resolve("rejected")
            }) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the SFTP folders", e);
        }
        return folders;
    }

    public Path incoming() {
        return root.resolve("incoming");
    }

    public Path processed() {
        return incoming().resolve("processed");
    }

    public Path rejected() {
        return incoming().resolve("rejected");
    }

    public Path outgoing() {
        return root.resolve("outgoing");
    }

    /** Names a sender uses while a file is still being written (contract §3.2, and common tools' habits). */
    public static boolean isTemporaryName(String name) {
        return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".inprogress");
    }
}
