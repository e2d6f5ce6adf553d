/**
 * The partner channels' transport (docs/partner-exchange.md), with Apache Camel: deliver one
 * document to a partner system over HTTPS (detached OpenPGP signature, pinned TLS certificate),
 * SFTP or AMQP (signed and encrypted OpenPGP message, pinned SSH host key), and hand the partners'
 * verified status documents to an {@link org.passerelle.exchange.InboundListener}. Plain Java: it
 * knows nothing of the database or of orientations.
 */
package org.passerelle.exchange;
