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
 * Checkpoint and epoch notes as files, {@code <folder>/checkpoint-<count, 12 digits>.note} and
 * {@code <folder>/epoch-<start position, 12 digits>.note}, outside the database: the copy a
 * database superuser cannot rewrite. Notes are public (no secret in them); the folder should live
 * on another machine or a write-once store, and be backed up.
 */
final class CheckpointFiles {

    private static final String CHECKPOINTS = "checkpoint-*.note";
    private static final String EPOCHS = "epoch-*.note";

    private CheckpointFiles() {}

    static String name(long entryCount) {
        return String.format("checkpoint-%012d.note", entryCount);
    }

    static String epochName(long startPosition) {
        return String.format("epoch-%012d.note", startPosition);
    }

    static Path write(Path folder, Checkpoint checkpoint) throws IOException {
        return write(folder, name(checkpoint.entryCount()), checkpoint.note());
    }

    static Path write(Path folder, Epoch epoch) throws IOException {
        return write(folder, epochName(epoch.startPosition()), epoch.note());
    }

    /** The checkpoint files in the folder, by name; none if the folder does not exist. */
    static List<Path> list(Path folder) throws IOException {
        return list(folder, CHECKPOINTS);
    }

    /** The epoch files in the folder, by name; none if the folder does not exist. */
    static List<Path> listEpochs(Path folder) throws IOException {
        return list(folder, EPOCHS);
    }

    /** Writes the note durably (fsync) under a temporary name, then renames it into place. */
    private static Path write(Path folder, String name, String note) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Path temp = Files.createTempFile(folder, name, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8));
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

    private static List<Path> list(Path folder, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
