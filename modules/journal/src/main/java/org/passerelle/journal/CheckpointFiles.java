package org.passerelle.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkpoint notes as files, {@code <folder>/checkpoint-<count, 12 digits>.note}, outside the
 * database: the copy a database superuser cannot rewrite. Notes are public (no secret in them);
 * the folder should live on another machine or a write-once store, and be backed up.
 */
final class CheckpointFiles {

    private static final String GLOB = "checkpoint-*.note";

    private CheckpointFiles() {
    }

    static String name(long entryCount) {
        return String.format("checkpoint-%012d.note", entryCount);
    }

    /** Writes the note durably (fsync) under a temporary name, then renames it into place. */
    static Path write(Path folder, Checkpoint checkpoint) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name(checkpoint.entryCount()));
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(checkpoint.note().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }

    /** The checkpoint files in the folder, by name; none if the folder does not exist. */
    static List<Path> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, GLOB)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
