package org.passerelle.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real stack for the integration tests: a fresh PostgreSQL database, Keycloak with the
 * realm imported afresh, and the configured WildFly running the EAR. It uses its own ports
 * (the run command's plus 10000) so that it runs beside a stack started by {@code ./passerelle run}.
 */
final class Stack implements ExtensionContext.Store.CloseableResource {

    /** 10000 by default; {@code -Dpasserelle.it.port-offset} moves a second run beside the first (worktrees). */
    static final int PORT_OFFSET = Integer.getInteger("passerelle.it.port-offset", 10000);
    static final int KEYCLOAK_PORT = 8180 + PORT_OFFSET;
    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String REALM = "passerelle";
    static final URI API = URI.create("http://localhost:" + (8080 + PORT_OFFSET));
    static final URI MANAGEMENT = URI.create("http://localhost:" + (9990 + PORT_OFFSET));
    static final String DATABASE = System.getProperty("passerelle.it.database", "passerelle_it");
    static final String DATABASE_ROLE = DATABASE;
    /** GreenMail's SMTP port in this JVM: the server's notifications arrive there (2525 + the offset). */
    static final int SMTP_PORT = 2525 + PORT_OFFSET;

    /** The partner simulator's ports: its control API, the CAF's HTTPS, the CPAM's SFTP, the Département's AMQP. */
    static final URI SIMULATOR = URI.create("http://localhost:" + (8280 + PORT_OFFSET));
    static final int SIMULATOR_HTTPS_PORT = 8243 + PORT_OFFSET;
    static final int SIMULATOR_SFTP_PORT = 2222 + PORT_OFFSET;
    static final int SIMULATOR_AMQP_PORT = 5682 + PORT_OFFSET;

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(8);

    final String keycloakAdminPassword = randomSecret();
    private final String databasePassword = randomSecret();
    private final String masterKeyPassword = randomSecret();
    /** The demo realm's partner-system clients take their secret from the environment at import. */
    final String partnerSystemSecret = randomSecret();
    private final String webClientSecret = randomSecret();
    private final List<ManagedProcess> processes = new ArrayList<>();
    private Path work;
    private ManagedProcess wildfly;
    private GreenMail smtp;
    private final Thread shutdownHook = new Thread(this::stopAll, "stop-test-stack");

    private Stack() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private static volatile Stack current;

    /** A superuser connection to the test database, for checks no API offers (row counts, tampering). */
    static Connection database() throws SQLException {
        String adminUrl = System.getenv().getOrDefault("PASSERELLE_IT_PG_ADMIN_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        return DriverManager.getConnection(adminUrl.replace("/postgres?", "/" + DATABASE + "?"));
    }

    /** A connection as the application's own role, to check what that role may not do. */
    static Connection applicationDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, DATABASE_ROLE,
                current().databasePassword);
    }

    /** Every e-mail the server has sent so far, in arrival order. */
    static List<MimeMessage> mails() {
        return List.of(current().smtp.getReceivedMessages());
    }

    /** The running stack; only valid in tests extended with {@link StackExtension}. */
    static Stack current() {
        if (current == null) {
            throw new IllegalStateException("the test class must be annotated @ExtendWith(StackExtension.class)");
        }
        return current;
    }

    static Stack start() {
        Stack stack = new Stack();
        try {
            stack.createDatabase();
            stack.smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            stack.smtp.start();
            stack.work = Files.createDirectories(runFolder());
            ManagedProcess keycloak = stack.startKeycloak(stack.work);
            stack.prepareWildFlyBase();
            ManagedProcess simulator = stack.startSimulator();
            stack.launchWildFly();
            stack.await(simulator, () -> httpOk(SIMULATOR.resolve("/health")));
            stack.await(keycloak, () -> httpOk(URI.create(KEYCLOAK_URL + "/realms/" + REALM
                    + "/.well-known/openid-configuration")));
            current = stack;
            return stack;
        } catch (IOException | SQLException | RuntimeException e) {
            stack.close();
            throw new IllegalStateException("The test stack did not start: " + e.getMessage(), e);
        }
    }

    private void createDatabase() throws SQLException {
        String adminUrl = System.getenv().getOrDefault("PASSERELLE_IT_PG_ADMIN_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + DATABASE_ROLE
                    + "') then create role " + DATABASE_ROLE + " login nosuperuser nocreatedb nocreaterole; end if; end $$");
            s.execute("alter role " + DATABASE_ROLE + " password '" + databasePassword + "'");
            s.execute("create database " + DATABASE + " owner " + DATABASE_ROLE);
        }
    }

    private ManagedProcess startKeycloak(Path work) throws IOException {
        Path home = Path.of(property("passerelle.it.keycloak-home"));
        // A fresh import every run: drop the previous run's data, keep the realm to import.
        try (Stream<Path> data = Files.list(home.resolve("data"))) {
            for (Path p : data.filter(p -> !p.getFileName().toString().equals("import")).toList()) {
                deleteTree(p);
            }
        }
        return started(ManagedProcess.start("keycloak",
                List.of("bash", "bin/kc.sh", "start-dev", "--http-port=" + KEYCLOAK_PORT, "--import-realm",
                        "--hostname=" + KEYCLOAK_URL),
                Map.ofEntries(Map.entry("JAVA_HOME", System.getProperty("java.home")),
                        Map.entry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                        Map.entry("KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword),
                        Map.entry("PASSERELLE_PARTNER_SYSTEM_SECRET", partnerSystemSecret),
                        Map.entry("PASSERELLE_WEB_CLIENT_SECRET", webClientSecret),
                        Map.entry("PASSERELLE_WEB_URL", "http://localhost:" + API.getPort())),
                home, work.resolve("keycloak.log")));
    }

    /** The partner simulator (modules/partner-simulator), a separate process with fresh keys and ledger. */
    private ManagedProcess startSimulator() throws IOException {
        Path data = work.resolve("simulator");
        deleteTree(data);
        Files.createDirectories(data);
        return started(ManagedProcess.start("partner-simulator",
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        property("passerelle.it.simulator-jar"), "--data=" + data,
                        "--http-port=" + SIMULATOR.getPort(), "--https-port=" + SIMULATOR_HTTPS_PORT,
                        "--sftp-port=" + SIMULATOR_SFTP_PORT, "--amqp-port=" + SIMULATOR_AMQP_PORT,
                        "--passerelle-url=" + API, "--keycloak-url=" + KEYCLOAK_URL, "--realm=" + REALM,
                        "--client-secret=" + partnerSystemSecret),
                Map.of("JAVA_HOME", System.getProperty("java.home")), work, work.resolve("simulator.log")));
    }

    /**
     * This run's folder: the server's base directory and console log, keys, checkpoints, the
     * simulator's data, what the ITs sent. One folder per database, so that two runs side by side keep apart.
     */
    static Path runFolder() {
        return Path.of(property("passerelle.it.work-dir")).resolve(DATABASE);
    }

    /** The simulator's data folder: its keys (the CPAM's secret key for GnuPG) and its SFTP root. */
    Path simulatorData() {
        return work.resolve("simulator");
    }

    /** The master key store the server uses (created by the server, or by a test, at first use). */
    Path masterKeystore() {
        return work.resolve("keys/master.bcfks");
    }

    char[] masterKeystorePassword() {
        return masterKeyPassword.toCharArray();
    }

    /** Kills WildFly with SIGKILL, as a crash would, then starts it again and waits for the EAR. */
    void crashAndRestartWildFly() throws IOException, InterruptedException {
        wildfly.kill();
        processes.remove(wildfly);
        Files.deleteIfExists(work.resolve("wildfly-base/deployments/passerelle.ear.deployed"));
        launchWildFly();
    }

    private void prepareWildFlyBase() throws IOException {
        Path home = Path.of(property("passerelle.it.wildfly-home"));
        Path base = work.resolve("wildfly-base");
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.copy(Path.of(property("passerelle.it.ear")), base.resolve("deployments/passerelle.ear"));
        Path keys = Files.createDirectories(work.resolve("keys"));
        Files.deleteIfExists(keys.resolve("master.bcfks"));
        deleteTree(keys.resolve("exchange"));
        // A fresh database starts a fresh journal: older checkpoints would not match it.
        deleteTree(work.resolve("journal-checkpoints"));
        SentValues.forget();
        Files.deleteIfExists(work.resolve("wildfly-console.log"));
    }

    private void launchWildFly() throws IOException {
        Path home = Path.of(property("passerelle.it.wildfly-home"));
        Path base = work.resolve("wildfly-base");
        wildfly = startWildFlyProcess(home, base);
        awaitDeployment(wildfly, base.resolve("deployments"));
    }

    private ManagedProcess startWildFlyProcess(Path home, Path base) throws IOException {
        Path keys = work.resolve("keys");
        return started(ManagedProcess.start("wildfly",
                List.of("bash", "bin/standalone.sh", "-c", "standalone-passerelle.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + PORT_OFFSET),
                Map.ofEntries(Map.entry("JAVA_HOME", System.getProperty("java.home")),
                        Map.entry("PASSERELLE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE),
                        Map.entry("PASSERELLE_DB_USER", DATABASE_ROLE),
                        Map.entry("PASSERELLE_DB_PASSWORD", databasePassword),
                        Map.entry("PASSERELLE_KEYCLOAK_URL", KEYCLOAK_URL),
                        Map.entry("PASSERELLE_KEYCLOAK_REALM", REALM),
                        Map.entry("PASSERELLE_WEB_CLIENT_SECRET", webClientSecret),
                        Map.entry("PASSERELLE_KEYS_MASTER_KEYSTORE", keys.resolve("master.bcfks").toString()),
                        Map.entry("PASSERELLE_KEYS_MASTER_KEYSTORE_PASSWORD", masterKeyPassword),
                        // Small, throttled batches so that a test can crash the server mid-rotation.
                        Map.entry("PASSERELLE_KEYS_ROTATION_BATCH_SIZE", "50"),
                        Map.entry("PASSERELLE_KEYS_ROTATION_PAUSE_MS", "20"),
                        Map.entry("PASSERELLE_JOURNAL_KEY_FOLDER", keys.resolve("journal").toString()),
                        Map.entry("PASSERELLE_EXCHANGE_KEY_FOLDER", keys.resolve("exchange").toString()),
                        // Partner delivery retried every second or two, for about a minute, and a
                        // crashed node's reserved messages taken over after 10 s.
                        Map.entry("PASSERELLE_EXCHANGE_POLL_MILLIS", "200"),
                        Map.entry("PASSERELLE_EXCHANGE_RETRY_FIRST_SECONDS", "1"),
                        Map.entry("PASSERELLE_EXCHANGE_RETRY_MAX_SECONDS", "2"),
                        Map.entry("PASSERELLE_EXCHANGE_RETRY_MAX_ATTEMPTS", "30"),
                        Map.entry("PASSERELLE_EXCHANGE_LEASE_SECONDS", "10"),
                        Map.entry("PASSERELLE_JOURNAL_CHECKPOINT_FOLDER", work.resolve("journal-checkpoints").toString()),
                        // Seal and sign often, so that tests see checkpoints within seconds.
                        Map.entry("PASSERELLE_JOURNAL_SEAL_INTERVAL_MS", "300"),
                        Map.entry("PASSERELLE_JOURNAL_CHECKPOINT_SECONDS", "1"),
                        // Orientation delays in 1-second "days": reminders and expiry within a test.
                        Map.entry("PASSERELLE_REFERRAL_DAY_SECONDS", "1"),
                        // Notifications go to GreenMail, in this JVM.
                        Map.entry("PASSERELLE_SMTP_HOST", "127.0.0.1"),
                        Map.entry("PASSERELLE_SMTP_PORT", String.valueOf(SMTP_PORT)),
                        // Tests run at any hour: out-of-hours alerts would fire at random.
                        Map.entry("PASSERELLE_ALERTS_WORKING_HOURS", "MON-SUN 00:00-24:00")),
                home, work.resolve("wildfly-console.log"), true));
    }

    private ManagedProcess started(ManagedProcess process) {
        processes.add(process);
        return process;
    }

    private void awaitDeployment(ManagedProcess wildfly, Path deployments) {
        await(wildfly, () -> {
            if (Files.exists(deployments.resolve("passerelle.ear.failed"))) {
                throw new IllegalStateException("the EAR failed to deploy; see " + wildfly.log()
                        + " and the server.log beside the deployments folder");
            }
            return Files.exists(deployments.resolve("passerelle.ear.deployed"));
        });
    }

    private void await(ManagedProcess process, Callable<Boolean> ready) {
        Awaitility.await(process.name() + " ready (see " + process.log() + ")")
                .atMost(BOOT_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .failFast(process.name() + " exited; see " + process.log(), () -> !process.isAlive())
                .until(ready);
    }

    private static boolean httpOk(URI uri) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized void stopAll() {
        processes.reversed().forEach(ManagedProcess::close);
        processes.clear();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (run the tests through Maven)");
        }
        return value;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
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
