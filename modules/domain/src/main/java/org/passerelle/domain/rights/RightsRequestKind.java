package org.passerelle.domain.rights;

/** What the usager asks for (GDPR art. 15-21), or a complaint. */
public enum RightsRequestKind {
    ACCESS,
    RECTIFICATION,
    ERASURE,
    RESTRICTION,
    OBJECTION,
    PORTABILITY,
    COMPLAINT
}
