/**
 * Conventions de partage: for one partner organisation, one cadre (S1) and one purpose, the
 * fields the partner may ever receive (the allow-list that S3 intersects with the sender's pick
 * and the consent), the channel the orientations go through, the reminder and expiry delays, and
 * the coded reasons a partner may give when it rejects an orientation. They hold no personal value.
 */
package org.passerelle.domain.convention;
