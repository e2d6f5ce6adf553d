package org.passerelle.secrecy;

/**
 * The categories personal fields fall into. Consents, prior notices and sharing conventions speak
 * in categories (an usager agrees to share their resources with the CAF, not "field 12"), and the
 * CCAS-internal policy grants by category too; {@link Field} says which fields each one covers.
 */
public enum FieldCategory {

    /** État civil: names, birth name, birth date. */
    IDENTITY,
    /** Coordonnées: postal address, phone, e-mail, preferred language and contact channel. */
    CONTACT,
    /**
     * Numéro d'inscription au répertoire (numéro de sécurité sociale): apart from identity because
     * its use is regulated on its own (décret 2019-341) and it is shown masked by default (S8).
     */
    NIR,
    /** Situation familiale: composition of the household (foyer), dependants. */
    FAMILY,
    /** Ressources: income, benefits, debts. */
    RESOURCES,
    /** Logement: housing situation. */
    HOUSING,
    /**
     * Santé: health information, which leaves the CCAS only with explicit consent per recipient
     * organisation and never to the CAF (S4, CSP L1110-4).
     */
    HEALTH,
    /** Notes sociales: the body of the notes written in the dossier, interne or partageable (S9). */
    NOTES,
    /** RSA: revenu de solidarité active status, shared under CASF L262-40/L262-44. */
    RSA
}
