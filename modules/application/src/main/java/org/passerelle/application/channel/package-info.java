/**
 * Partner channels on Passerelle's side (docs/partner-exchange.md): the outbox written with each
 * orientation change, its delivery through {@code org.passerelle.exchange} with retries and dead
 * letters, the partners' status updates verified, deduplicated and applied, and the partners'
 * registered keys.
 */
package org.passerelle.application.channel;
