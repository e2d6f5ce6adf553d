/**
 * What waits for the caller (issue 18, item 6): the counts their home page shows, by role, computed
 * from the orientations, dossiers, consents and delegations they may already see; metadata only,
 * never a personal value. Depends on {@code domain}, {@code secrecy}, {@code access},
 * {@code dossier}; nothing depends on it but {@code web}.
 */
package org.passerelle.application.home;
