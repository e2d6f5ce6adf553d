package org.passerelle.domain.rights;

/** How the request reached the CCAS; {@code CNIL} for a complaint the CNIL forwarded. */
public enum RightsRequestChannel {
    IN_PERSON,
    LETTER,
    EMAIL,
    PHONE,
    ONLINE,
    CNIL
}
