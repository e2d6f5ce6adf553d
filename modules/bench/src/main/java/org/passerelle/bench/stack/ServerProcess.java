package org.passerelle.bench.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server the benchmark started (Keycloak, WildFly): its launcher script and the JVM that script
 * forks. Stopping it ends the whole process tree, which is what makes a failed run leave nothing
 * behind.
 */
final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ServerProcess start(
            String name, List<String> command, Map<String, String> environment, Path workDir, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ServerProcess(name, builder.start(), log);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The forked JVM (the launcher is a shell script), if it runs yet. */
    Optional<ProcessHandle> jvm() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    /** SIGTERM to the tree, 30 s to stop, then SIGKILL to whatever is left. */
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
            // forced below
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
