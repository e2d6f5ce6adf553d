package org.passerelle.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.testing.ManagedProcess;
import org.passerelle.testing.Ports;

/**
 * A second WildFly running the EAR beside the suite's, for the fault tests that must break what
 * the suite's server stands on (its database, its master key) or start it while Keycloak is down.
 * It uses the suite's Keycloak and a database it is given; its own base folder, keys and ports
 * (the suite's offset plus 300).
 */
final class IsolatedServer implements AutoCloseable {

    static final Ports PORTS = new Ports(Stack.PORTS.offset() + 300);
    /** The API's root, {@code /api/v1} (the tests add the rest). */
    static final URI API = PORTS.api().resolve("/api/v1");

    static final URI MANAGEMENT = PORTS.managementUrl();

    private final Path work;
    private final Path base;
    private final Map<String, String> environment;
    private ManagedProcess process;
    /** Stops the server if the test JVM ends before the test closed it. */
    private final Thread shutdownHook = new Thread(this::close, "stop-isolated-server");

    /**
     * @param name        its folder under the suite's work folder
     * @param databaseUrl the JDBC URL of its database
     * @param masterKey   a base64 256-bit master key (the local-use setting: no key store to prepare)
     */
    IsolatedServer(String name, String databaseUrl, String user, String password, String masterKey) throws IOException {
        this.work = Stack.runFolder().resolve(name);
        this.base = work.resolve("wildfly-base");
        this.environment = new HashMap<>(Map.ofEntries(
                Map.entry("JAVA_HOME", System.getProperty("java.home")),
                Map.entry("PASSERELLE_DB_URL", databaseUrl),
                Map.entry("PASSERELLE_DB_USER", user),
                Map.entry("PASSERELLE_DB_PASSWORD", password),
                Map.entry("PASSERELLE_DB_POOL_MAX", "10"),
                Map.entry("PASSERELLE_KEYCLOAK_URL", Stack.KEYCLOAK_URL),
                Map.entry("PASSERELLE_KEYCLOAK_REALM", Stack.REALM),
                Map.entry("PASSERELLE_WEB_CLIENT_SECRET", Stack.webClientSecret()),
                Map.entry("PASSERELLE_KEYS_MASTER_KEY", masterKey),
                Map.entry(
                        "PASSERELLE_JOURNAL_KEY_FOLDER",
                        work.resolve("keys/journal").toString()),
                Map.entry(
                        "PASSERELLE_EXCHANGE_KEY_FOLDER",
                        work.resolve("keys/exchange").toString()),
                Map.entry(
                        "PASSERELLE_JOURNAL_CHECKPOINT_FOLDER",
                        work.resolve("journal-checkpoints").toString()),
                Map.entry("PASSERELLE_JOURNAL_SEAL_INTERVAL_MS", "300"),
                Map.entry("PASSERELLE_ALERTS_WORKING_HOURS", "MON-SUN 00:00-24:00")));
        org.passerelle.testing.Stack.deleteTree(work);
        Files.createDirectories(base.resolve("deployments"));
        Path home = Path.of(System.getProperty("passerelle.it.wildfly-home"));
        org.passerelle.testing.Stack.copyTree(
                home.resolve("standalone/configuration"), base.resolve("configuration"), p -> true);
        Files.copy(Path.of(System.getProperty("passerelle.it.ear")), base.resolve("deployments/passerelle.ear"));
    }

    /** Starts the server and waits until the EAR is deployed (not until it is ready: tests check that). */
    IsolatedServer start() throws IOException {
        Files.deleteIfExists(base.resolve("deployments/passerelle.ear.deployed"));
        Path home = Path.of(System.getProperty("passerelle.it.wildfly-home"));
        process = ManagedProcess.start(
                "isolated wildfly",
                List.of(
                        "bash",
                        "bin/standalone.sh",
                        "-c",
                        "standalone-passerelle.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + PORTS.offset(),
                        "-Djboss.as.management.blocking.timeout=" + Stack.BOOT_TIMEOUT.toSeconds()),
                environment,
                home,
                work.resolve("console.log"),
                true);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        process.awaitReady(Stack.BOOT_TIMEOUT, () -> {
            if (Files.exists(base.resolve("deployments/passerelle.ear.failed"))) {
                throw new IllegalStateException("the isolated server did not deploy; see " + serverLog());
            }
            return Files.exists(base.resolve("deployments/passerelle.ear.deployed"));
        });
        return this;
    }

    /** Another start of the same server (same base folder and keys folders) with other settings. */
    IsolatedServer withMasterKey(String masterKey) {
        environment.put("PASSERELLE_KEYS_MASTER_KEY", masterKey);
        return this;
    }

    Path serverLog() {
        return base.resolve("log/server.log");
    }

    /** The server log's lines so far (an outage test counts what an outage added). */
    List<String> logLines() throws IOException {
        return Files.exists(serverLog()) ? Files.readAllLines(serverLog()) : List.of();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running
            }
        }
    }
}
