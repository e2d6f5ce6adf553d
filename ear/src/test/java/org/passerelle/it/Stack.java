package org.passerelle.it;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.passerelle.testing.Ports;

/**
 * The integration tests' stack: the kit's ({@link org.passerelle.testing.Stack}), started once for
 * the run by {@link StackExtension} on the ports of {@code ./passerelle run} plus 10000 (or
 * {@code -Dpasserelle.it.port-offset}), its own database and folder, and the server settings below
 * that make delays of days and minutes last seconds. With {@code -Dpasserelle.it.attach=http://localhost:8080}
 * the tests use a stack already running instead ({@code ./passerelle run}, whose secrets are in
 * {@code .run/}), and those marked {@link OwnStack} are skipped.
 */
final class Stack {

    /** The base URL of a running stack to use instead of starting one, if given. */
    static final Optional<URI> ATTACHED = Optional.ofNullable(System.getProperty("passerelle.it.attach"))
            .filter(s -> !s.isBlank())
            .map(URI::create);

    static final Ports PORTS =
            ATTACHED.map(Ports::of).orElseGet(() -> new Ports(Integer.getInteger("passerelle.it.port-offset", 10000)));
    static final String KEYCLOAK_URL = PORTS.keycloakUrl().toString();
    static final String REALM = org.passerelle.testing.Stack.REALM;
    static final URI API = PORTS.api();
    static final URI MANAGEMENT = PORTS.managementUrl();
    static final String DATABASE =
            System.getProperty("passerelle.it.database", ATTACHED.isPresent() ? "passerelle" : "passerelle_it");
    /** The partner simulator's control API, and the partner systems it plays. */
    static final URI SIMULATOR = PORTS.simulatorUrl();

    static final int SIMULATOR_HTTPS_PORT = PORTS.simulatorHttps();
    static final int SIMULATOR_SFTP_PORT = PORTS.simulatorSftp();
    static final int SIMULATOR_AMQP_PORT = PORTS.simulatorAmqp();

    /** 8 minutes; {@code -Dpasserelle.it.boot-minutes} gives a machine busy with other runs longer. */
    static final Duration BOOT_TIMEOUT = Duration.ofMinutes(Long.getLong("passerelle.it.boot-minutes", 8));

    private static volatile org.passerelle.testing.Stack started;

    private Stack() {}

    /** Starts the kit's stack with the tests' settings; {@link StackExtension} calls it once per run. */
    static org.passerelle.testing.Stack start() {
        try {
            SentValues.forget();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started = org.passerelle.testing.Stack.builder(new org.passerelle.testing.Stack.Layout(
                        Path.of(property("passerelle.it.keycloak-home")),
                        Path.of(property("passerelle.it.wildfly-home")),
                        Path.of(property("passerelle.it.ear")),
                        Path.of(property("passerelle.it.simulator-jar")),
                        runFolder()))
                .portOffset(PORTS.offset())
                .database(DATABASE)
                .bootTimeout(BOOT_TIMEOUT)
                // Small, throttled batches so that a test can crash the server mid-rotation.
                .env("PASSERELLE_KEYS_ROTATION_BATCH_SIZE", "50")
                .env("PASSERELLE_KEYS_ROTATION_PAUSE_MS", "20")
                // Partner delivery retried every second or two, for about a minute; the lease is
                // the default one (a crashed server takes back its own messages when it starts).
                .env("PASSERELLE_EXCHANGE_POLL_MILLIS", "200")
                .env("PASSERELLE_EXCHANGE_RETRY_FIRST_SECONDS", "1")
                .env("PASSERELLE_EXCHANGE_RETRY_MAX_SECONDS", "2")
                .env("PASSERELLE_EXCHANGE_RETRY_MAX_ATTEMPTS", "30")
                // Seal and sign often, so that tests see checkpoints within seconds.
                .env("PASSERELLE_JOURNAL_SEAL_INTERVAL_MS", "300")
                .env("PASSERELLE_JOURNAL_CHECKPOINT_SECONDS", "1")
                // Orientation delays in 1-second "days": reminders and expiry within a test.
                .env("PASSERELLE_REFERRAL_DAY_SECONDS", "1")
                // The register of rights requests checked for overdue ones every second.
                .env("PASSERELLE_RIGHTS_CHECK_SECONDS", "1")
                .start();
        return started;
    }

    /** A superuser connection to the test database, for checks no API offers (row counts, tampering). */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(org.passerelle.testing.Stack.withDatabase(
                org.passerelle.testing.Stack.defaultPostgresAdminUrl(), DATABASE));
    }

    /** A connection as the application's own role, to check what that role may not do. */
    static Connection applicationDatabase() throws SQLException {
        if (ATTACHED.isPresent()) {
            return DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, DATABASE, attachedSecret("db-password"));
        }
        return current().applicationConnection();
    }

    /** Every e-mail the server has sent so far, in arrival order. */
    static List<MimeMessage> mails() {
        return current().smtp().received();
    }

    /** The running stack; only valid in tests extended with {@link StackExtension} and not attached. */
    static org.passerelle.testing.Stack current() {
        if (started == null) {
            throw new IllegalStateException(
                    ATTACHED.isPresent()
                            ? "attached to a running stack: mark the test @OwnStack"
                            : "the test class must be annotated @ExtendWith(StackExtension.class)");
        }
        return started;
    }

    /**
     * This run's folder: the server's base directory and console log, keys, checkpoints, the
     * simulator's data, what the ITs sent. One folder per database, so that two runs side by side keep apart.
     */
    static Path runFolder() {
        return Path.of(property("passerelle.it.work-dir")).resolve(DATABASE);
    }

    /** The simulator's data folder: its keys (the CPAM's secret key for GnuPG) and its SFTP root. */
    static Path simulatorData() {
        return ATTACHED.isPresent()
                ? attachedState().resolve("simulator")
                : current().simulatorData();
    }

    /** The secret a partner system's client ({@code caf-49-system}...) was imported with: one each. */
    static String partnerSystemSecret(String clientId) {
        return ATTACHED.isPresent()
                ? attachedSecret("partner-secrets/" + clientId)
                : current().partnerSystemSecret(clientId);
    }

    /** The web client's secret, also given to the fault tests' second server ({@link IsolatedServer}). */
    static String webClientSecret() {
        return current().webClientSecret();
    }

    static String keycloakAdminPassword() {
        return ATTACHED.isPresent()
                ? attachedSecret("keycloak-admin-password")
                : current().keycloakAdminPassword();
    }

    /** The folder where {@code ./passerelle run} keeps its state and generated secrets. */
    private static Path attachedState() {
        return Path.of(System.getProperty("passerelle.it.attach-state", property("passerelle.it.checkout") + "/.run"));
    }

    private static String attachedSecret(String name) {
        try {
            return Files.readString(attachedState().resolve(name)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("attached: cannot read " + name + " of the running stack", e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (run the tests through Maven)");
        }
        return value;
    }
}
