package org.passerelle.secrecy.referral;

/**
 * Why a transition is refused, each with the HTTP status the API answers with. Kept apart from
 * {@link org.passerelle.secrecy.Outcome} because a conflict is about the orientation's status, not
 * about access to data.
 */
public enum RefusalKind {

    /** This actor may not make this transition (from this status): 403. */
    FORBIDDEN,
    /** The transition is not possible from the current status for anyone: 409. */
    CONFLICT,
    /** The caller must not learn the orientation exists: 404. */
    NOT_FOUND
}
