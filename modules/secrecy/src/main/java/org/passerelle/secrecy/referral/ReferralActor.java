package org.passerelle.secrecy.referral;

/**
 * Who attempts a transition, relative to one orientation, as the caller works it out from the
 * token, the dossier's team and the orientation (the policy does no lookups).
 */
public enum ReferralActor {

    /** The CCAS agent who created it, or an agent on the dossier's team (S6). */
    SENDER,
    /** An agent of the same CCAS who is not on the dossier (S6): refused, 403. */
    OTHER_CCAS_AGENT,
    /**
     * A caseworker of the addressed organisation who is not its named recipient: before acceptance
     * any of them may triage it; after, only the recipient works on it (S2).
     */
    PARTNER_CASEWORKER,
    /**
     * The caseworker who accepted it, its named recipient (S2). A caseworker of the addressed
     * organisation too, so it keeps every right a {@link #PARTNER_CASEWORKER} has.
     */
    RECIPIENT,
    /** A caseworker of any other organisation: must not even learn the orientation exists (404). */
    OTHER_PARTNER,
    /** Passerelle itself: timers (expiry) and a partner system's acknowledgement over its channel. */
    SYSTEM,
    /** Passerelle acting on a withdrawn consent or an objection (S5). */
    CONSENT_WITHDRAWAL,
    /** Passerelle acting on the closing of the orientation's dossier (S7): what it opened ends. */
    CASE_CLOSURE
}
