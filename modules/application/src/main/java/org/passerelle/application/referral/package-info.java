/**
 * Orientations (DESIGN §4, S1-S5, S7): the CCAS side ({@code ReferralService}: draft, preview,
 * send, cancel, follow), the partner side ({@code PartnerReferralService}: inbox, triage view,
 * shared view, transitions) and the timers ({@code ReferralTimers}: reminder, expiry, once across
 * nodes). Every transition is the {@code Referral}'s own to allow (DESIGN §4), is journaled, and is
 * fired as a {@code ReferralChange} that the outbox and the notices observe. Depends on
 * {@code domain}, {@code secrecy}, {@code access}, {@code convention}, {@code dossier}; never on
 * {@code channel}, {@code notification} or {@code web}.
 */
package org.passerelle.application.referral;
