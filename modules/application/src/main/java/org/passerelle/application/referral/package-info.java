/**
 * Orientations (DESIGN §4, S1-S5, S7): the CCAS side ({@code ReferralService}: draft, preview,
 * send, cancel, follow), the partner side ({@code PartnerReferralService}: inbox, triage view,
 * shared view, transitions) and the timers ({@code ReferralTimers}: reminder, expiry, once across
 * nodes). Every transition goes through {@code ReferralLifecycle.decide} and is journaled.
 * Depends on {@code domain}, {@code secrecy}, the journal and protection services; never on {@code web}.
 */
package org.passerelle.application.referral;
