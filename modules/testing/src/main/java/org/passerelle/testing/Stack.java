package org.passerelle.testing;

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
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real stack of its own: a fresh PostgreSQL database owned by a non-superuser role, Keycloak with
 * the demo realm imported afresh, the configured WildFly running the EAR (and any extra WAR beside
 * it), and optionally the partner simulator and an SMTP server (GreenMail, in this JVM). Its ports
 * are those of {@code ./passerelle run} plus an offset ({@link Ports}), its database and folder its
 * own, so that it runs beside the others. {@link #close()} stops every server, also from a shutdown
 * hook (Ctrl-C) and after a failed start.
 *
 * <pre>{@code
 * try (Stack stack = Stack.builder(Stack.Layout.of(checkout, work)).portOffset(20000).database("bench")
 *         .deploy(baselineWar).env("JBOSS_JAVA_SIZING", "-Xms512m -Xmx512m").start()) { ... }
 * }</pre>
 */
public final class Stack implements AutoCloseable {

    public static final String REALM = "passerelle";

    /**
     * Where the built servers are, and the stack's own folder (server base, logs, keys, the
     * simulator's data).
     *
     * @param simulatorJar the partner simulator's jar; null when the stack runs without it
     */
    public record Layout(Path keycloakHome, Path wildflyHome, Path ear, Path simulatorJar, Path work) {

        /** The build's outputs in a checkout ({@code ./mvnw package} makes them), with this folder. */
        public static Layout of(Path checkout, Path work) {
            return new Layout(
                    newest(checkout.resolve("keycloak-realm/target"), "keycloak-"),
                    newest(checkout.resolve("ear/target"), "wildfly-"),
                    checkout.resolve("ear/target/passerelle.ear"),
                    checkout.resolve("modules/partner-simulator/target/partner-simulator.jar"),
                    work);
        }

        private static Path newest(Path folder, String prefix) {
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

    /** What the stack is made of; {@link #start()} starts it. */
    public static final class Builder {

        private final Layout layout;
        private Ports ports = new Ports(10000);
        private String database = "passerelle_it";
        private String databaseRole;
        private String postgresAdminUrl = defaultPostgresAdminUrl();
        private boolean simulator = true;
        private boolean smtp = true;
        private boolean privateKeycloak;
        private boolean dropDatabaseOnClose;
        private Duration bootTimeout = Duration.ofMinutes(5);
        private final List<Path> extraWars = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(Layout layout) {
            this.layout = layout;
        }

        /** Added to every port of {@code ./passerelle run} (10000 unless told). */
        public Builder portOffset(int offset) {
            this.ports = new Ports(offset);
            return this;
        }

        /**
         * The database, dropped and created afresh at start; the server's runtime role has the same name
         * unless told, and the schema's owner that name followed by {@code _owner} (issue 15: two roles).
         */
        public Builder database(String name) {
            this.database = name;
            return this;
        }

        public Builder databaseRole(String role) {
            this.databaseRole = role;
            return this;
        }

        /** A superuser's JDBC URL on the {@code postgres} database (PASSERELLE_IT_PG_ADMIN_URL by default). */
        public Builder postgresAdminUrl(String url) {
            this.postgresAdminUrl = url;
            return this;
        }

        /** Whether the partner simulator runs (the default); without it conventions stay on the inbox. */
        public Builder simulator(boolean run) {
            this.simulator = run;
            return this;
        }

        /** Whether GreenMail receives the notifications in this JVM (the default); see {@link #mails()}. */
        public Builder smtp(boolean run) {
            this.smtp = run;
            return this;
        }

        /** A WAR deployed beside the EAR; the stack is ready once it is deployed too. */
        public Builder deploy(Path war) {
            extraWars.add(war);
            return this;
        }

        /** A variable of WildFly's environment, over the defaults of {@code ./passerelle run}. */
        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /**
         * Keycloak runs from a copy in the stack's folder instead of the build's own (whose data a
         * start wipes): for a stack beside the integration tests of the same checkout.
         */
        public Builder privateKeycloak(boolean copy) {
            this.privateKeycloak = copy;
            return this;
        }

        /** Drop the database and its role when the stack stops (the integration tests keep them for the sweeps). */
        public Builder dropDatabaseOnClose(boolean drop) {
            this.dropDatabaseOnClose = drop;
            return this;
        }

        public Builder bootTimeout(Duration timeout) {
            this.bootTimeout = timeout;
            return this;
        }

        /** Starts every server and waits until each is ready; stops them all if one does not get there. */
        public Stack start() {
            Stack stack = new Stack(this);
            try {
                stack.startAll();
                return stack;
            } catch (IOException | SQLException | RuntimeException e) {
                stack.close();
                throw new IllegalStateException("The stack did not start: " + e.getMessage(), e);
            }
        }
    }

    public static Builder builder(Layout layout) {
        return new Builder(layout);
    }

    private final Builder spec;
    private final Layout layout;
    private final String databaseRole;
    private final String databasePassword = randomSecret();
    private final String ownerRole;
    private final String ownerPassword = randomSecret();
    private final String masterKeyPassword = randomSecret();
    private final String keycloakAdminPassword = randomSecret();
    /** One secret per partner system's client (issue 15): the CAF's cannot mint the CPAM's tokens. */
    private final Map<String, String> partnerSystemSecrets =
            Map.of("caf-49-system", randomSecret(), "cpam-49-system", randomSecret(), "dept-49-system", randomSecret());

    private final String webClientSecret = randomSecret();
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "stop-stack");
    private final Tokens tokens;
    private ManagedProcess wildfly;
    private ManagedProcess keycloak;
    private Path keycloakHome;
    private Smtp smtp;
    private boolean databaseCreated;
    private boolean stopped;

    private Stack(Builder spec) {
        this.spec = spec;
        this.layout = spec.layout;
        this.databaseRole = spec.databaseRole == null ? spec.database : spec.databaseRole;
        this.ownerRole = databaseRole + "_owner";
        this.tokens = new Tokens(spec.ports.keycloakUrl(), REALM);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void startAll() throws IOException, SQLException {
        for (int port : List.of(ports().http(), ports().management(), ports().keycloak())) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use: is another stack running there?");
            }
        }
        createDatabase();
        if (spec.smtp) {
            smtp = Smtp.start(ports().smtp());
        }
        Files.createDirectories(layout.work());
        prepareKeycloak();
        launchKeycloak(false);
        prepareWildFlyBase();
        ManagedProcess simulator = spec.simulator ? startSimulator() : null;
        launchWildFly();
        if (simulator != null) {
            simulator.awaitReady(
                    spec.bootTimeout, () -> httpOk(ports().simulatorUrl().resolve("/health")));
        }
        awaitKeycloak();
        wildfly.awaitReady(
                spec.bootTimeout, () -> httpOk(ports().managementUrl().resolve("/health/ready")));
    }

    public Ports ports() {
        return spec.ports;
    }

    /** Tokens from this stack's Keycloak. */
    public Tokens tokens() {
        return tokens;
    }

    public String database() {
        return spec.database;
    }

    /** The runtime role the server connects as: it owns nothing (grants on tables of a test's own go to it). */
    public String databaseRole() {
        return databaseRole;
    }

    /** The role that owns the database and its schema: the server migrates and purges the journal as it. */
    public String ownerRole() {
        return ownerRole;
    }

    /** A superuser connection to the stack's database, for checks no API offers (row counts, tampering). */
    public Connection superuserConnection() throws SQLException {
        return DriverManager.getConnection(withDatabase(spec.postgresAdminUrl, spec.database));
    }

    /** A connection as the application's own role, to check what that role may not do. */
    public Connection applicationConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + spec.database, databaseRole, databasePassword);
    }

    /** A connection as the schema's owner. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + spec.database, ownerRole, ownerPassword);
    }

    /**
     * A superuser's JDBC URL on the {@code postgres} database: {@code PASSERELLE_IT_PG_ADMIN_URL}, else
     * the local cluster's {@code postgres} user trusted on 127.0.0.1.
     */
    public static String defaultPostgresAdminUrl() {
        return System.getenv()
                .getOrDefault("PASSERELLE_IT_PG_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    }

    /** A superuser's JDBC URL on the {@code postgres} database moved to {@code database}. */
    public static String withDatabase(String postgresAdminUrl, String database) {
        return postgresAdminUrl.replace("/postgres?", "/" + database + "?");
    }

    /** The SMTP server the notifications reach; only with {@link Builder#smtp(boolean)}. */
    public Smtp smtp() {
        if (smtp == null) {
            throw new IllegalStateException("this stack runs without SMTP");
        }
        return smtp;
    }

    /** The stack's folder: the server's base directory and console log, keys, checkpoints, the simulator's data. */
    public Path work() {
        return layout.work();
    }

    /** The simulator's data folder: its keys (the CPAM's secret key for GnuPG) and its SFTP root. */
    public Path simulatorData() {
        return work().resolve("simulator");
    }

    /** The master key store the server uses (created by the server at first start). */
    public Path masterKeystore() {
        return work().resolve("keys/master.bcfks");
    }

    public char[] masterKeystorePassword() {
        return masterKeyPassword.toCharArray();
    }

    /**
     * A partner system's client secret in the demo realm ({@code caf-49-system}...), given to
     * Keycloak at import (environment) and to the simulator in a file, never on a command line.
     */
    public String partnerSystemSecret(String clientId) {
        String secret = partnerSystemSecrets.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("no partner system client " + clientId);
        }
        return secret;
    }

    /** Every secret this stack made up, for a test that looks for them where they must not be. */
    public List<String> secrets() {
        List<String> all = new ArrayList<>(partnerSystemSecrets.values());
        all.addAll(List.of(databasePassword, ownerPassword, masterKeyPassword, keycloakAdminPassword, webClientSecret));
        return all;
    }

    /** The folder of the partner systems' secret files, one per client, readable by this user only. */
    private Path partnerSecretFolder() throws IOException {
        Path folder = work().resolve("partner-secrets");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> secret : partnerSystemSecrets.entrySet()) {
            Path file = folder.resolve(secret.getKey());
            Files.writeString(file, secret.getValue());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own protection is all there is
            }
        }
        return folder;
    }

    public String keycloakAdminPassword() {
        return keycloakAdminPassword;
    }

    /** The web client's secret, given to Keycloak at import and to WildFly (and to a second server beside). */
    public String webClientSecret() {
        return webClientSecret;
    }

    public Duration bootTimeout() {
        return spec.bootTimeout;
    }

    /** WildFly's JVM, to read its CPU time. */
    public Optional<ProcessHandle> wildflyJvm() {
        return wildfly == null ? Optional.empty() : wildfly.jvm();
    }

    /** Kills WildFly with SIGKILL, as a crash would, then starts it again and waits for its deployments. */
    public void crashAndRestartWildFly() throws IOException, InterruptedException {
        wildfly.kill();
        processes.remove(wildfly);
        for (String deployment : deployments()) {
            Files.deleteIfExists(work().resolve("wildfly-base/deployments/" + deployment + ".deployed"));
        }
        launchWildFly();
    }

    private void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(spec.postgresAdminUrl);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + spec.database + " with (force)");
            // Two roles, as the launcher creates them: the owner (migrations, retention purge) and the
            // runtime role the server connects as, which owns nothing.
            for (String role : List.of(ownerRole, databaseRole)) {
                s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role
                        + "') then create role " + role
                        + " login nosuperuser nocreatedb nocreaterole; end if; end $$");
            }
            s.execute("alter role " + databaseRole + " password '" + databasePassword + "'");
            s.execute("alter role " + ownerRole + " password '" + ownerPassword + "'");
            s.execute("create database " + spec.database + " owner " + ownerRole);
            databaseCreated = true;
        }
    }

    /** Stops Keycloak (SIGTERM, then SIGKILL), as an outage would; its data stays. */
    public void stopKeycloak() {
        keycloak.close();
        processes.remove(keycloak);
    }

    /** Starts Keycloak again on its data (same realm keys: tokens issued before stay valid) and waits for it. */
    public void startKeycloakAgain() throws IOException {
        launchKeycloak(true);
        awaitKeycloak();
    }

    private void prepareKeycloak() throws IOException {
        Path build = layout.keycloakHome();
        Path home = build;
        // A fresh import every start: without the previous data, with the realm to import.
        if (spec.privateKeycloak) {
            home = work().resolve("keycloak");
            deleteTree(home);
            copyTree(build, home, p -> {
                Path relative = build.relativize(p);
                return !(relative.getNameCount() >= 2
                        && relative.getName(0).toString().equals("data")
                        && !relative.getName(1).toString().equals("import"));
            });
        } else {
            try (Stream<Path> data = Files.list(home.resolve("data"))) {
                for (Path p : data.filter(p -> !p.getFileName().toString().equals("import"))
                        .toList()) {
                    deleteTree(p);
                }
            }
        }
        keycloakHome = home;
    }

    /** @param again a restart on the data of the first start: its log goes on */
    private void launchKeycloak(boolean again) throws IOException {
        keycloak = started(ManagedProcess.start(
                "keycloak",
                List.of(
                        "bash",
                        "bin/kc.sh",
                        "start-dev",
                        "--http-port=" + ports().keycloak(),
                        "--import-realm",
                        "--hostname=" + ports().keycloakUrl()),
                Map.ofEntries(
                        Map.entry("JAVA_HOME", System.getProperty("java.home")),
                        Map.entry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                        Map.entry("KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword),
                        Map.entry("PASSERELLE_CAF_49_SYSTEM_SECRET", partnerSystemSecret("caf-49-system")),
                        Map.entry("PASSERELLE_CPAM_49_SYSTEM_SECRET", partnerSystemSecret("cpam-49-system")),
                        Map.entry("PASSERELLE_DEPT_49_SYSTEM_SECRET", partnerSystemSecret("dept-49-system")),
                        Map.entry("PASSERELLE_WEB_CLIENT_SECRET", webClientSecret),
                        Map.entry("PASSERELLE_WEB_URL", ports().api().toString())),
                keycloakHome,
                work().resolve("keycloak.log"),
                again));
    }

    private void awaitKeycloak() {
        keycloak.awaitReady(spec.bootTimeout, () -> httpOk(tokens.realmUri("/.well-known/openid-configuration")));
    }

    /** The partner simulator (modules/partner-simulator), a separate process with fresh keys and ledger. */
    private ManagedProcess startSimulator() throws IOException {
        Path data = simulatorData();
        deleteTree(data);
        Files.createDirectories(data);
        return started(ManagedProcess.start(
                "partner-simulator",
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        layout.simulatorJar().toString(),
                        "--data=" + data,
                        "--http-port=" + ports().simulator(),
                        "--https-port=" + ports().simulatorHttps(),
                        "--sftp-port=" + ports().simulatorSftp(),
                        "--amqp-port=" + ports().simulatorAmqp(),
                        "--passerelle-url=" + ports().api(),
                        "--keycloak-url=" + ports().keycloakUrl(),
                        "--realm=" + REALM,
                        "--client-secret-file=" + partnerSecretFolder().resolve("caf-49-system")),
                Map.of("JAVA_HOME", System.getProperty("java.home")),
                work(),
                work().resolve("simulator.log"),
                false));
    }

    private List<String> deployments() {
        List<String> names = new ArrayList<>(List.of("passerelle.ear"));
        spec.extraWars.forEach(war -> names.add(war.getFileName().toString()));
        return names;
    }

    private void prepareWildFlyBase() throws IOException {
        Path base = work().resolve("wildfly-base");
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        copyTree(layout.wildflyHome().resolve("standalone/configuration"), base.resolve("configuration"), p -> true);
        Files.copy(layout.ear(), base.resolve("deployments/passerelle.ear"));
        for (Path war : spec.extraWars) {
            Files.copy(war, base.resolve("deployments").resolve(war.getFileName()));
        }
        Path keys = Files.createDirectories(work().resolve("keys"));
        Files.deleteIfExists(keys.resolve("master.bcfks"));
        deleteTree(keys.resolve("exchange"));
        // A fresh database starts a fresh journal: older checkpoints would not match it.
        deleteTree(work().resolve("journal-checkpoints"));
        Files.deleteIfExists(work().resolve("wildfly-console.log"));
    }

    private void launchWildFly() throws IOException {
        Path base = work().resolve("wildfly-base");
        wildfly = started(ManagedProcess.start(
                "wildfly",
                List.of(
                        "bash",
                        "bin/standalone.sh",
                        "-c",
                        "standalone-passerelle.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + ports().offset(),
                        // As long as the boot timeout: on a loaded machine (CI, stacks side by side) the
                        // deployment may take longer than WildFly's default 300 s.
                        "-Djboss.as.management.blocking.timeout=" + spec.bootTimeout.toSeconds()),
                wildflyEnvironment(),
                layout.wildflyHome(),
                work().resolve("wildfly-console.log"),
                true));
        Path deployed = base.resolve("deployments");
        wildfly.awaitReady(
                spec.bootTimeout,
                () -> deployments().stream().allMatch(name -> {
                    if (Files.exists(deployed.resolve(name + ".failed"))) {
                        throw new IllegalStateException(name + " failed to deploy; see " + wildfly.log()
                                + " and the server.log beside the deployments folder");
                    }
                    return Files.exists(deployed.resolve(name + ".deployed"));
                }));
    }

    /** What {@code ./passerelle run} gives the server, for this stack, then the builder's overrides. */
    private Map<String, String> wildflyEnvironment() {
        Path keys = work().resolve("keys");
        Map<String, String> environment = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("JAVA_HOME", System.getProperty("java.home")),
                Map.entry("PASSERELLE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + spec.database),
                Map.entry("PASSERELLE_DB_USER", databaseRole),
                Map.entry("PASSERELLE_DB_PASSWORD", databasePassword),
                Map.entry("PASSERELLE_DB_OWNER_USER", ownerRole),
                Map.entry("PASSERELLE_DB_OWNER_PASSWORD", ownerPassword),
                Map.entry("PASSERELLE_KEYCLOAK_URL", ports().keycloakUrl().toString()),
                Map.entry("PASSERELLE_KEYCLOAK_REALM", REALM),
                Map.entry("PASSERELLE_WEB_CLIENT_SECRET", webClientSecret),
                Map.entry("PASSERELLE_KEYS_MASTER_KEYSTORE", masterKeystore().toString()),
                Map.entry("PASSERELLE_KEYS_MASTER_KEYSTORE_PASSWORD", masterKeyPassword),
                Map.entry(
                        "PASSERELLE_JOURNAL_KEY_FOLDER", keys.resolve("journal").toString()),
                Map.entry(
                        "PASSERELLE_EXCHANGE_KEY_FOLDER",
                        keys.resolve("exchange").toString()),
                Map.entry(
                        "PASSERELLE_JOURNAL_CHECKPOINT_FOLDER",
                        work().resolve("journal-checkpoints").toString()),
                // Without SMTP nothing listens there: each notification fails with one WARN line.
                Map.entry("PASSERELLE_SMTP_HOST", "127.0.0.1"),
                Map.entry("PASSERELLE_SMTP_PORT", String.valueOf(ports().smtp())),
                // Harnesses run at any hour: out-of-hours alerts would fire at random.
                Map.entry("PASSERELLE_ALERTS_WORKING_HOURS", "MON-SUN 00:00-24:00")));
        environment.putAll(spec.environment);
        return environment;
    }

    private ManagedProcess started(ManagedProcess process) {
        processes.add(process);
        return process;
    }

    private static boolean httpOk(URI uri) {
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
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
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
        processes.reversed().forEach(ManagedProcess::close);
        processes.clear();
        if (smtp != null) {
            smtp.close();
        }
        if (spec.dropDatabaseOnClose && databaseCreated) {
            try (Connection c = DriverManager.getConnection(spec.postgresAdminUrl);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + spec.database + " with (force)");
                s.execute("drop role if exists " + databaseRole);
                s.execute("drop role if exists " + ownerRole);
            } catch (SQLException e) {
                System.err.println("stack: could not drop the database " + spec.database + ": " + e.getMessage());
            }
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

    /** Copies the paths of a folder that {@code include} accepts, replacing what is there. */
    public static void copyTree(Path from, Path to, Predicate<Path> include) throws IOException {
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

    /** Deletes a folder and everything under it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
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
