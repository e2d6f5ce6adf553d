package org.passerelle.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.passerelle.bench.db.PostgresUrl;
import org.passerelle.bench.report.Report;
import org.passerelle.crypto.KeystoreMasterKey;
import org.passerelle.crypto.MasterKey;

/**
 * The real stack, started by the benchmark for itself as the integration tests start theirs: a
 * fresh PostgreSQL database owned by a non-superuser role, Keycloak (a copy of the build's
 * keycloak-quarkus-dist with the demo realm imported afresh), and the configured WildFly of
 * {@code ear/target} running the EAR and, beside it, the benchmark's baseline WAR. Its own ports
 * (Keycloak {@value #KEYCLOAK_PORT}, WildFly {@value #HTTP_PORT} and {@value #MANAGEMENT_PORT}),
 * database and folders, so it runs beside {@code ./passerelle run} and the integration tests.
 * {@link #close()} stops both servers, drops the database and role, and deletes the Keycloak copy,
 * also from a shutdown hook (Ctrl-C) and after a failed start.
 */
public final class BenchStack implements AutoCloseable {

    public static final int KEYCLOAK_PORT = 28180;
    public static final int PORT_OFFSET = 20000;
    public static final int HTTP_PORT = 8080 + PORT_OFFSET;
    static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    public static final String HOST = "127.0.0.1";
    public static final String REALM = "passerelle";
    public static final String DATABASE = "passerelle_bench_stack";
    public static final String DATABASE_ROLE = "passerelle_bench";
    /** A port nothing listens on: the notifications (none in these measurements) would fail with a WARN. */
    static final int SMTP_PORT = 2525 + PORT_OFFSET;

    static final String BASELINE_WAR = "bench-baseline.war";
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

    /** Where the built servers and deployments are, and the folder the stack may use. */
    public record Layout(Path keycloakHome, Path wildflyHome, Path ear, Path baselineWar, Path work) {

        /** The build's outputs in a checkout: {@code ./mvnw -pl modules/bench,ear -am package} makes them. */
        public static Layout of(Path repository) {
            return new Layout(
                    single(repository.resolve("keycloak-realm/target"), "keycloak-"),
                    single(repository.resolve("ear/target"), "wildfly-"),
                    repository.resolve("ear/target/passerelle.ear"),
                    repository.resolve("modules/bench/target/passerelle-bench-baseline.war"),
                    repository.resolve("modules/bench/target/bench-stack"));
        }

        public String keycloakVersion() {
            return keycloakHome.getFileName().toString().substring("keycloak-".length());
        }

        public String wildflyVersion() {
            return wildflyHome.getFileName().toString().substring("wildfly-".length());
        }

        void check() {
            for (Path needed : List.of(
                    keycloakHome.resolve("bin/kc.sh"),
                    wildflyHome.resolve("bin/standalone.sh"),
                    wildflyHome.resolve("standalone/configuration/standalone-passerelle.xml"),
                    ear,
                    baselineWar)) {
                if (!Files.exists(needed)) {
                    throw new IllegalStateException(needed + " is missing: build first (./passerelle bench does, or "
                            + "./mvnw -pl modules/bench,ear -am package -DskipTests)");
                }
            }
        }

        private static Path single(Path folder, String prefix) {
            try (Stream<Path> children = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
                List<Path> found = children.filter(Files::isDirectory)
                        .filter(p -> p.getFileName().toString().startsWith(prefix))
                        .sorted()
                        .toList();
                return found.isEmpty() ? folder.resolve(prefix + "missing") : found.getLast();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Layout layout;
    private final String adminUrl;
    private final String wildflyHeap;
    private final String databasePassword = randomSecret();
    private final String masterKeyPassword = randomSecret();
    private final List<ServerProcess> processes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "stop-bench-stack");
    private ServerProcess wildfly;
    private boolean databaseCreated;
    private boolean stopped;

    private BenchStack(Layout layout, String adminUrl, String wildflyHeap) {
        this.layout = layout;
        this.adminUrl = adminUrl;
        this.wildflyHeap = wildflyHeap;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts everything and waits until Keycloak answers and both deployments are up.
     *
     * @param wildflyHeap WildFly's heap, e.g. {@code 512m} (its own default, {@code -Xms64m -Xmx512m}, when null)
     */
    public static BenchStack start(Layout layout, String adminUrl, String wildflyHeap)
            throws IOException, SQLException {
        layout.check();
        for (int port : List.of(KEYCLOAK_PORT, HTTP_PORT, MANAGEMENT_PORT)) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use: is another benchmark running?");
            }
        }
        BenchStack stack = new BenchStack(layout, adminUrl, wildflyHeap);
        try {
            long started = System.nanoTime();
            stack.createDatabase();
            deleteTree(layout.work());
            Files.createDirectories(layout.work().resolve("keys"));
            // The master key store exists before the server starts: the benchmark seals rows with it too.
            KeystoreMasterKey.openOrCreate(stack.masterKeystore(), stack.masterKeyPassword.toCharArray());
            ServerProcess keycloak = stack.startKeycloak();
            stack.startWildFly();
            stack.await(
                    keycloak,
                    () -> httpOk(URI.create("http://localhost:" + KEYCLOAK_PORT + "/realms/" + REALM
                            + "/.well-known/openid-configuration")));
            Path deployments = layout.work().resolve("wildfly-base/deployments");
            stack.await(
                    stack.wildfly,
                    () -> deployed(deployments, "passerelle.ear") && deployed(deployments, BASELINE_WAR));
            stack.await(
                    stack.wildfly, () -> httpOk(URI.create("http://localhost:" + MANAGEMENT_PORT + "/health/ready")));
            Report.progress(
                    "stack",
                    "Keycloak %s and WildFly %s up in %.0f s",
                    layout.keycloakVersion(),
                    layout.wildflyVersion(),
                    (System.nanoTime() - started) / 1e9);
            return stack;
        } catch (IOException | SQLException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public Layout layout() {
        return layout;
    }

    public URI keycloak() {
        return URI.create("http://localhost:" + KEYCLOAK_PORT);
    }

    /** The API's base, e.g. {@code http://localhost:28080/api/v1/}. */
    public URI api() {
        return URI.create("http://localhost:" + HTTP_PORT + "/api/v1/");
    }

    /** The {@code Host} header of requests to WildFly. */
    public String hostHeader() {
        return "localhost:" + HTTP_PORT;
    }

    Path masterKeystore() {
        return layout.work().resolve("keys/master.bcfks");
    }

    public MasterKey masterKey() {
        return KeystoreMasterKey.openOrCreate(masterKeystore(), masterKeyPassword.toCharArray());
    }

    /** A superuser connection to the stack's database, for seeding and checks. */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(PostgresUrl.withDatabase(adminUrl, DATABASE));
    }

    /** WildFly's JVM, to read its CPU time. */
    public Optional<ProcessHandle> wildflyJvm() {
        return wildfly == null ? Optional.empty() : wildfly.jvm();
    }

    private void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + DATABASE_ROLE
                    + "') THEN CREATE ROLE " + DATABASE_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
            s.execute("ALTER ROLE " + DATABASE_ROLE + " PASSWORD '" + databasePassword + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + DATABASE_ROLE);
            databaseCreated = true;
        }
    }

    private ServerProcess startKeycloak() throws IOException {
        // A copy of its own: the integration tests start the build's Keycloak in place and wipe its data.
        Path home = layout.work().resolve("keycloak");
        copyTree(layout.keycloakHome(), home, path -> {
            Path relative = layout.keycloakHome().relativize(path);
            return !(relative.getNameCount() >= 2
                    && relative.getName(0).toString().equals("data")
                    && !relative.getName(1).toString().equals("import"));
        });
        return started(ServerProcess.start(
                "keycloak",
                List.of(
                        "bash",
                        "bin/kc.sh",
                        "start-dev",
                        "--http-port=" + KEYCLOAK_PORT,
                        "--import-realm",
                        "--hostname=http://localhost:" + KEYCLOAK_PORT),
                Map.of(
                        "JAVA_HOME",
                        System.getProperty("java.home"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME",
                        "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        randomSecret(),
                        // The demo realm's partner-system clients take their secret from here at import.
                        "PASSERELLE_PARTNER_SYSTEM_SECRET",
                        randomSecret()),
                home,
                layout.work().resolve("keycloak.log")));
    }

    private void startWildFly() throws IOException {
        Path base = layout.work().resolve("wildfly-base");
        Files.createDirectories(base.resolve("deployments"));
        copyTree(layout.wildflyHome().resolve("standalone/configuration"), base.resolve("configuration"), p -> true);
        Files.copy(layout.ear(), base.resolve("deployments/passerelle.ear"));
        Files.copy(layout.baselineWar(), base.resolve("deployments/" + BASELINE_WAR));
        Path keys = layout.work().resolve("keys");
        Map<String, String> environment = new HashMap<>(wildflyEnvironment(keys));
        if (wildflyHeap != null) {
            // standalone.conf's own variable for -Xms/-Xmx; its other defaults stay.
            environment.put("JBOSS_JAVA_SIZING", "-Xms" + wildflyHeap + " -Xmx" + wildflyHeap);
        }
        wildfly = started(ServerProcess.start(
                "wildfly",
                List.of(
                        "bash",
                        "bin/standalone.sh",
                        "-c",
                        "standalone-passerelle.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + PORT_OFFSET),
                environment,
                layout.wildflyHome(),
                layout.work().resolve("wildfly-console.log")));
    }

    /** What {@code ./passerelle run} gives the server, for this stack. */
    private Map<String, String> wildflyEnvironment(Path keys) {
        return Map.ofEntries(
                Map.entry("JAVA_HOME", System.getProperty("java.home")),
                Map.entry("PASSERELLE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE),
                Map.entry("PASSERELLE_DB_USER", DATABASE_ROLE),
                Map.entry("PASSERELLE_DB_PASSWORD", databasePassword),
                Map.entry("PASSERELLE_KEYCLOAK_URL", "http://localhost:" + KEYCLOAK_PORT),
                Map.entry("PASSERELLE_KEYCLOAK_REALM", REALM),
                Map.entry("PASSERELLE_KEYS_MASTER_KEYSTORE", masterKeystore().toString()),
                Map.entry("PASSERELLE_KEYS_MASTER_KEYSTORE_PASSWORD", masterKeyPassword),
                Map.entry(
                        "PASSERELLE_JOURNAL_KEY_FOLDER", keys.resolve("journal").toString()),
                // The partner channels' keys (modules/exchange), created at first start.
                Map.entry(
                        "PASSERELLE_EXCHANGE_KEY_FOLDER",
                        keys.resolve("exchange").toString()),
                Map.entry(
                        "PASSERELLE_JOURNAL_CHECKPOINT_FOLDER",
                        layout.work().resolve("journal-checkpoints").toString()),
                Map.entry("PASSERELLE_SMTP_HOST", HOST),
                Map.entry("PASSERELLE_SMTP_PORT", String.valueOf(SMTP_PORT)),
                Map.entry("PASSERELLE_PUBLIC_URL", "http://localhost:" + HTTP_PORT),
                // Measured as in working hours: the benchmark runs at any hour, and an
                // access out of hours costs one more query (and raises an alert an hour).
                Map.entry("PASSERELLE_ALERTS_WORKING_HOURS", "MON-SUN 00:00-24:00"));
    }

    private ServerProcess started(ServerProcess process) {
        processes.add(process);
        return process;
    }

    private static boolean deployed(Path deployments, String name) {
        if (Files.exists(deployments.resolve(name + ".failed"))) {
            throw new IllegalStateException(
                    name + " failed to deploy; see " + deployments.resolveSibling("log/server.log"));
        }
        return Files.exists(deployments.resolve(name + ".deployed"));
    }

    private void await(ServerProcess process, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited; see " + process.log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        process.name() + " not ready after " + BOOT_TIMEOUT + "; see " + process.log());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + process.name(), e);
            }
        }
    }

    static boolean httpOk(URI uri) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                                    HttpRequest.newBuilder(uri)
                                            .timeout(Duration.ofSeconds(3))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        processes.reversed().forEach(ServerProcess::close);
        processes.clear();
        if (databaseCreated) {
            try (Connection c = DriverManager.getConnection(adminUrl);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + DATABASE_ROLE);
            } catch (SQLException e) {
                System.err.println("bench: could not drop the database " + DATABASE + ": " + e.getMessage());
            }
        }
        try {
            deleteTree(layout.work().resolve("keycloak"));
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: could not delete " + layout.work().resolve("keycloak") + ": " + e);
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs or ran
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void copyTree(Path from, Path to, Predicate<Path> include) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.filter(include).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
