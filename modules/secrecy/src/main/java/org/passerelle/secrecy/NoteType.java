package org.passerelle.secrecy;

/**
 * The type of a note in a dossier (S9). The agent chooses it when writing, so the choice to keep a
 * note within the CCAS is made once, by the person who knows its content, and not at share time.
 */
public enum NoteType {

    /** Note interne: stays within the CCAS, never picked for a share. */
    INTERNE(false),
    /** Note partageable: may be picked for a share, subject to the convention and the consent. */
    PARTAGEABLE(true);

    private final boolean shareable;

    NoteType(boolean shareable) {
        this.shareable = shareable;
    }

    /** Whether a note of this type may ever be picked for a share: only {@link #PARTAGEABLE}. */
    public boolean shareable() {
        return shareable;
    }
}
