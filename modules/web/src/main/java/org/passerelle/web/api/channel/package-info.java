/**
 * Partner channels over the API (docs/partner-exchange.md): Passerelle's public exchange keys, the
 * partners' keys (administrators), the partner systems' status updates (their service accounts),
 * and deliveries with their dead letters (administrators and agents).
 */
package org.passerelle.web.api.channel;
