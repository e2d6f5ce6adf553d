package org.passerelle.domain.consent;

/**
 * Why a consent ended before its expiry. Coded, not free text, so the record never holds what the
 * usager said (the dossier's notes are the place for that).
 */
public enum WithdrawalReason {
    /** The usager took their consent back (GDPR art. 7(3)). */
    USAGER_WITHDREW,
    /** The usager objected to the processing (GDPR art. 21). */
    USAGER_OBJECTED,
    /** The consent was recorded by mistake. */
    RECORDED_IN_ERROR
}
