package org.passerelle.crypto;

/**
 * A value normalised for a {@link BlindIndex}: two inputs a person would call the same (spacing,
 * case, accents) have the same canonical form. Taking this type rather than a string keeps
 * un-normalised text from being indexed by mistake.
 */
public interface BlindIndexInput {

    /** The normalised text that is indexed; personal data, never log it. */
    String canonicalForm();
}
