/**
 * Indicators for the CCAS's auditor and administrator (issue 5): pseudonymised figures about the
 * orientations it sent, per partner and month, computed by the database. Depends on
 * {@code domain} (the {@code ReferralIndicators} port) and the journal service; never on {@code web}.
 */
package org.passerelle.application.indicator;
