package org.passerelle.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** A server process started by a harness; stopping it ends its whole process tree. */
public final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * @param log       where its standard output and error go
     * @param appendLog keep what an earlier run of the same server wrote to the log (after a crash)
     */
    public static ManagedProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workDir,
            Path log,
            boolean appendLog)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        appendLog
                                ? ProcessBuilder.Redirect.appendTo(log.toFile())
                                : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new ManagedProcess(name, builder.start(), log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** The JVM the process runs (scripts such as standalone.sh fork it), to read its CPU time say. */
    public Optional<ProcessHandle> jvm() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    /** Waits until {@code ready} holds, failing at once if the process exits meanwhile. */
    public void awaitReady(Duration timeout, Callable<Boolean> ready) {
        Awaitility.await(name + " ready (see " + log + ")")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .failFast(name + " exited; see " + log, () -> !process.isAlive())
                .until(ready);
    }

    /** SIGKILL to the whole tree at once, as a crash would: no shutdown hook, no clean stop. */
    public void kill() throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
        process.waitFor();
    }

    /** SIGTERM to the tree (scripts such as kc.sh and standalone.sh fork the JVM), then SIGKILL. */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle handle : tree) {
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // fall through to the forced kill
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
