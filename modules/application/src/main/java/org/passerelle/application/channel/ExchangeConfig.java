package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How partner delivery behaves ({@code PASSERELLE_EXCHANGE_*}): where Passerelle's exchange keys
 * live (outside the database, created at first start), how often the outbox is polled, how many
 * workers deliver and how many of them one partner may take, each call's connect and read
 * timeouts, how long a claimed message stays reserved, and the exponential backoff before a
 * message is declared dead.
 */
@ApplicationScoped
public class ExchangeConfig {

    /** Time to settle a batch once its last call has ended. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "passerelle.exchange.key-folder")
    String keyFolder;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.sftp-user", defaultValue = "passerelle")
    String sftpUser;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.poll-millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.workers", defaultValue = "4")
    int workers;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.workers-per-partner", defaultValue = "0")
    int workersPerPartner;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.connect-timeout-seconds", defaultValue = "5")
    long connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.read-timeout-seconds", defaultValue = "10")
    long readTimeoutSeconds;

    /** 0: derived from the timeouts ({@link #lease()}). */
    @Inject
    @ConfigProperty(name = "passerelle.exchange.lease-seconds", defaultValue = "0")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.retry.first-seconds", defaultValue = "5")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.retry.max-seconds", defaultValue = "900")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "passerelle.exchange.retry.max-attempts", defaultValue = "10")
    int maxAttempts;

    String keyFolder() {
        return keyFolder;
    }

    String sftpUser() {
        return sftpUser;
    }

    Duration poll() {
        return Duration.ofMillis(Math.clamp(pollMillis, 100, 60_000));
    }

    int workers() {
        return Math.clamp(workers, 1, 16);
    }

    /**
     * How many workers one partner may occupy at once on this node (the bulkhead): half of them by
     * default, so that a hung partner leaves the others at least the other half.
     */
    int workersPerPartner() {
        return workersPerPartner <= 0 ? Math.max(1, workers() / 2) : Math.clamp(workersPerPartner, 1, workers());
    }

    Duration connectTimeout() {
        return Duration.ofSeconds(Math.clamp(connectTimeoutSeconds, 1, 60));
    }

    /** How long a call waits for the partner's next answer (socket read, AMQP acknowledgement). */
    Duration readTimeout() {
        return Duration.ofSeconds(Math.clamp(readTimeoutSeconds, 1, 120));
    }

    /**
     * A batch's worst case: each of its calls waits at most a connection and an answer, one call
     * after the other. A partner that stops answering costs no more than that.
     */
    Duration batchBound() {
        return connectTimeout().plus(readTimeout()).multipliedBy(DeliveryStep.BATCH);
    }

    /**
     * Outlasts a batch's worst case, with a margin for settling it, so that another worker never
     * takes a message whose delivery is still under way. A configured lease shorter than that is
     * raised to it ({@link #leaseRaised()} says so at start). A crashed node's messages need not
     * wait for it: the node takes them back when it starts again.
     */
    Duration lease() {
        Duration floor = batchBound().plus(LEASE_MARGIN);
        Duration configured = Duration.ofSeconds(Math.max(0, leaseSeconds));
        return configured.compareTo(floor) > 0 ? configured : floor;
    }

    /** True when the configured lease was shorter than a batch's worst case and is raised. */
    boolean leaseRaised() {
        return leaseSeconds > 0 && lease().getSeconds() > leaseSeconds;
    }

    int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait after the {@code attempt}-th failure: first, twice that, four times... up to the maximum. */
    Duration backoff(int attempt) {
        long first = Math.max(1, retryFirstSeconds);
        long seconds = first << Math.min(Math.max(0, attempt - 1), 20);
        return Duration.ofSeconds(Math.min(seconds, Math.max(first, retryMaxSeconds)));
    }
}
