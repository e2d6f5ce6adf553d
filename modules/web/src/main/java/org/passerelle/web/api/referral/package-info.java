/**
 * The orientation API: {@code /api/v1/referrals} for the CCAS agents who follow a dossier, and
 * {@code /api/v1/partner/referrals}, a partner organisation's inbox. No logic here: the
 * application's referral services decide, journal and answer with views.
 */
package org.passerelle.web.api.referral;
