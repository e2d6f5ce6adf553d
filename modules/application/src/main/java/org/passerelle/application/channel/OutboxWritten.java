package org.passerelle.application.channel;

/** Fired when a transaction writes to the outbox: once it commits, delivery starts at once rather than at the next poll. */
record OutboxWritten() {}
