package org.passerelle.simulator.reception;

/** What the partner made of an arrival; each channel turns it into its own answer. */
public enum Outcome {
    /** Taken in and acted on. */
    ACCEPTED,
    /** Taken in, already acted on under the same messageId: a success that changes nothing. */
    DUPLICATE,
    /** Signature missing, by another key, or not over these bytes. */
    BAD_SIGNATURE,
    /** Not a contract document, or not readable at all. */
    BAD_DOCUMENT;

    public boolean taken() {
        return this == ACCEPTED || this == DUPLICATE;
    }
}
