package org.passerelle.domain.organisation;

/** What an organisation is, which decides the side it plays in a referral. */
public enum OrganisationKind {
    /** Centre communal d'action sociale: holds dossiers and sends referrals. */
    CCAS,
    /** Caisse d'allocations familiales: a partner. */
    CAF,
    /** Caisse primaire d'assurance maladie: a partner. */
    CPAM,
    /** Conseil départemental: a partner. */
    DEPARTEMENT;

    public boolean isPartner() {
        return this != CCAS;
    }
}
