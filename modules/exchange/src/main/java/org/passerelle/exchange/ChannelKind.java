package org.passerelle.exchange;

/** How a partner system is reached (docs/partner-exchange.md §3). */
public enum ChannelKind {
    HTTPS,
    SFTP,
    AMQP
}
