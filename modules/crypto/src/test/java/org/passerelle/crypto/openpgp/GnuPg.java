package org.passerelle.crypto.openpgp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * GnuPG 2.2 run in batch mode in its own home folder, as a partner's administrator would run it.
 * {@link #close()} stops the gpg-agent it started.
 */
final class GnuPg implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/gpg");

    record Result(int exitCode, byte[] stdout, String stderr) {
        String stdoutText() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final Path home;

    GnuPg(Path home) throws IOException {
        this.home = home;
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Runs gpg with {@code args} after the batch options, {@code stdin} as input. */
    Result run(byte[] stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(
                EXECUTABLE.toString(),
                "--homedir",
                home.toString(),
                "--batch",
                "--no-tty",
                "--yes",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                ""));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("gpg did not finish: " + args[0]);
            }
            return new Result(
                    process.exitValue(), out.join(), new String(err.join(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code document} signed by {@code signer} and encrypted to {@code recipient}, both in this home already. */
    byte[] signAndEncrypt(byte[] document, String signer, String recipient) {
        return runOk(
                        document,
                        "--trust-model",
                        "always",
                        "--local-user",
                        signer,
                        "--recipient",
                        recipient,
                        "--sign",
                        "--encrypt")
                .stdout();
    }

    Result runOk(byte[] stdin, String... args) {
        Result result = run(stdin, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("gpg " + String.join(" ", args) + " failed: " + result.stderr());
        }
        return result;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        Process kill = new ProcessBuilder("/usr/bin/gpgconf", "--homedir", home.toString(), "--kill", "gpg-agent")
                .redirectErrorStream(true)
                .start();
        kill.getInputStream().transferTo(OutputStream.nullOutputStream());
        kill.waitFor(20, TimeUnit.SECONDS);
    }
}
