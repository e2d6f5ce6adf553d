/**
 * Partner channels as stored: the partners' pinned public keys, the outbox of messages to their
 * systems and the deduplication record of the messages they send back (docs/partner-exchange.md).
 */
package org.passerelle.domain.exchange;
