package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How partner delivery behaves ({@code PASSERELLE_EXCHANGE_*}): where Passerelle's exchange keys
 * live (outside the database, created at first start), how often the outbox is polled, how many
 * workers deliver, how long a claimed message stays reserved, and the exponential backoff before a
 * message is declared dead.
 */
@ApplicationScoped
public class ExchangeConfig {

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
    @ConfigProperty(name = "passerelle.exchange.lease-seconds", defaultValue = "120")
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

    /** Long enough for a batch's deliveries to time out: another worker takes the messages only after it. */
    Duration lease() {
        return Duration.ofSeconds(Math.max(10, leaseSeconds));
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
