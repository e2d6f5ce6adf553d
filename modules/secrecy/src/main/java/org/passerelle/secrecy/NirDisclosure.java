package org.passerelle.secrecy;

/**
 * How much of the NIR a response may carry (S8). Declared from narrowest to widest, so that
 * {@code compareTo} orders disclosures.
 */
public enum NirDisclosure {

    /** The NIR is left out of the response. */
    NONE,
    /** The NIR is shown masked, last digits only: the default for those allowed to see it. */
    MASKED,
    /** The NIR is shown in full: only when the caller explicitly asked and may see it at all. */
    FULL
}
