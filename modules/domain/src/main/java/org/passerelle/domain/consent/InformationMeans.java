package org.passerelle.domain.consent;

/** How the usager was given the prior notice. */
public enum InformationMeans {
    IN_PERSON,
    LETTER,
    EMAIL,
    PHONE
}
