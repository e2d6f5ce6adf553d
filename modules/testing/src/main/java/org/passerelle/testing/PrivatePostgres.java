package org.passerelle.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of a test's own, so that it can stop and restart it: the suite's shared
 * server on 5432 is never touched. Debian's binaries, run as the {@code postgres} system user
 * (initdb refuses root), trust authentication on 127.0.0.1, a port of its own ({@link Ports#privatePostgres()}),
 * and a socket folder of its own.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final int port;
    private final Path data;
    private final Path sockets;
    private final Path log;

    private PrivatePostgres(Path folder, int port) {
        this.port = port;
        this.data = folder.resolve("data");
        this.sockets = folder.resolve("sockets");
        this.log = folder.resolve("postgres.log");
    }

    /** A fresh cluster in {@code folder} (emptied first), started on {@code port}. */
    public static PrivatePostgres start(Path folder, int port) throws IOException, InterruptedException {
        run("rm", "-rf", folder.toString());
        Files.createDirectories(folder);
        PrivatePostgres postgres = new PrivatePostgres(folder, port);
        Files.createDirectories(postgres.sockets);
        run("chown", "-R", "postgres:postgres", folder.toString());
        asPostgres(
                BIN.resolve("initdb").toString(),
                "-D",
                postgres.data.toString(),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync");
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-private-postgres"));
        return postgres;
    }

    public void start() throws IOException, InterruptedException {
        pgCtl(
                "start",
                "-w",
                "-t",
                "60",
                "-l",
                log.toString(),
                "-o",
                "-p " + port + " -k " + sockets + " -c listen_addresses=127.0.0.1 -c fsync=off");
    }

    /** A fast stop: open connections are cut, as a crash or a failover would cut them. */
    public void stop() throws IOException, InterruptedException {
        pgCtl("stop", "-w", "-t", "60", "-m", "fast");
    }

    public void restart() throws IOException, InterruptedException {
        pgCtl(
                "restart",
                "-w",
                "-t",
                "60",
                "-m",
                "fast",
                "-l",
                log.toString(),
                "-o",
                "-p " + port + " -k " + sockets + " -c listen_addresses=127.0.0.1 -c fsync=off");
    }

    /** Creates a login role and a database it owns, as the launcher does for the real one. */
    public void createDatabase(String name, String role, String password) throws SQLException {
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement()) {
            s.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
            s.execute("create database " + name + " owner " + role);
        }
    }

    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres");
    }

    /** The JDBC URL of one of its databases. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // already stopped
        }
    }

    private void pgCtl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        asPostgres(command.toArray(String[]::new));
    }

    private static void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> asUser = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asUser.addAll(List.of(command));
        run(asUser.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
