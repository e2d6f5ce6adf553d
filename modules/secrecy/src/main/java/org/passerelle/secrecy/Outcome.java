package org.passerelle.secrecy;

/** The verdict of an {@link AccessDecision}, each with the HTTP status the API answers with. */
public enum Outcome {

    /** Access granted to {@link AccessDecision#visibleFields()}: 200. */
    ALLOW,
    /** The caller is known to the CCAS but may not do this: 403. */
    FORBIDDEN,
    /** The data belongs to another organisation: 404, so that its existence is never revealed. */
    NOT_FOUND,
    /** The dossier is restricted (GDPR art. 18): 423 for everyone but the DPO. */
    RESTRICTED
}
