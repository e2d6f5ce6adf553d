package org.passerelle.exchange;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts of a delivery, how often the partners' SFTP folders are polled, and the user Passerelle
 * logs in as on their SFTP servers. Every channel waits at most {@code connectTimeout} to connect
 * and {@code readTimeout} for each answer (HTTPS response, SFTP reply, AMQP acknowledgement), so a
 * partner that stops answering costs a delivery at most their sum.
 */
public record ExchangeSettings(Duration connectTimeout, Duration readTimeout, Duration pollInterval, String sftpUser) {

    public ExchangeSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(sftpUser, "sftpUser");
    }

    public static ExchangeSettings defaults() {
        return new ExchangeSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(2), "passerelle");
    }

    public ExchangeSettings withSftpUser(String user) {
        return new ExchangeSettings(connectTimeout, readTimeout, pollInterval, user);
    }

    public ExchangeSettings withTimeouts(Duration connect, Duration read) {
        return new ExchangeSettings(connect, read, pollInterval, sftpUser);
    }

    public ExchangeSettings withPollInterval(Duration interval) {
        return new ExchangeSettings(connectTimeout, readTimeout, interval, sftpUser);
    }
}
