package org.passerelle.simulator.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Secret material is written readable by its owner only. */
final class KeyFiles {

    private KeyFiles() {}

    static OutputStream createPrivate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static void writePrivate(Path file, String text) throws IOException {
        try (OutputStream out = createPrivate(file)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }
}
