package org.passerelle.domain.organisation;

import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.referral.ShareGrounding;

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

    /**
     * Whether data of this category may ever go to an organisation of this kind, whatever the
     * consent or convention: health data never goes to the CAF (S4, CSP L1110-4), as
     * {@link ShareGrounding#mayEverReceive} says for every share.
     */
    public boolean mayEverReceive(FieldCategory category) {
        return isPartner() && ShareGrounding.mayEverReceive(this == CAF, category);
    }
}
