package org.passerelle.simulator;

/** The transports of the exchange contract, one per demo partner. */
public enum Channel {
    HTTPS,
    SFTP,
    AMQP
}
