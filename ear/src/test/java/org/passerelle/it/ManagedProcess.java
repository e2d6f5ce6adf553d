package org.passerelle.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server process started by the tests; stopping it ends its whole process tree. */
final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                Path workDir, Path log) throws IOException {
        return start(name, command, environment, workDir, log, false);
    }

    /** @param appendLog keep what an earlier run of the same server wrote to the log */
    static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                Path workDir, Path log, boolean appendLog) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new ManagedProcess(name, builder.start(), log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** SIGKILL to the whole tree at once, as a crash would: no shutdown hook, no clean stop. */
    void kill() throws InterruptedException {
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
