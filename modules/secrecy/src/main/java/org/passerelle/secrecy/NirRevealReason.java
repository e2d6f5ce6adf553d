package org.passerelle.secrecy;

/**
 * Why an agent who follows an usager asks to see their NIR in full (S8). The NIR may serve social
 * action only for the uses décret 2019-341 lists, so the reason is chosen from this closed list,
 * never written: it goes into the journal as it is, and a free text could hold a personal detail.
 */
public enum NirRevealReason {

    /** Opening or checking rights with a social protection body (CAF, CPAM, MSA…). */
    OUVERTURE_DROITS("nir-reveal-rights"),
    /** Telling apart two usagers, or checking an identity with the usager present. */
    IDENTIFICATION("nir-reveal-identification"),
    /** Filling in a form or a correspondence with an authorised body about this usager. */
    ECHANGE_ORGANISME("nir-reveal-exchange");

    private final String reasonCode;

    NirRevealReason(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    /** The reason code of the journal entry. */
    public String reasonCode() {
        return reasonCode;
    }
}
