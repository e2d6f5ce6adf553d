package org.passerelle.secrecy;

/**
 * The cadre de partage (legal basis) every share names, exactly one (S1). Without one a share is
 * refused; conventions are written per (partner, cadre, purpose).
 */
public enum Cadre {
    /** CASF L121-6-2: professionals working with the same person or family in social action. */
    SOCIAL_ACTION("CASF L121-6-2", false),
    /** CASF L226-2-2: child protection. */
    CHILD_PROTECTION("CASF L226-2-2", false),
    /** CASF L262-40 and L262-44: the RSA. */
    RSA("CASF L262-40/L262-44", false),
    /** CSP L1110-4: health information, outside the care team only with explicit consent. */
    HEALTH("CSP L1110-4", true),
    /** Outside any listed cadre: the usager's explicit consent is the basis. */
    CONSENT("RGPD art. 6(1)(a), 9(2)(a)", true);

    private final String legalSource;
    private final boolean consentRequired;

    Cadre(String legalSource, boolean consentRequired) {
        this.legalSource = legalSource;
        this.consentRequired = consentRequired;
    }

    /** The article the share rests on, as shown to agents and auditors. */
    public String legalSource() {
        return legalSource;
    }

    /**
     * Whether every share under this cadre needs the usager's consent; under the others, health
     * data still does (S4), and a prior notice is always needed for the first share.
     */
    public boolean consentRequired() {
        return consentRequired;
    }
}
