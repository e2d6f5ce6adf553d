package org.passerelle.domain.consent;

/** Where the DPO's review of an objection stands (GDPR art. 21(1)). */
public enum ObjectionReview {
    /** Recorded, in force, waiting for the DPO. */
    PENDING,
    /** The DPO found no compelling grounds: the objection stands for good. */
    UPHELD,
    /**
     * The DPO recorded compelling legitimate grounds that override it: new orientations may go
     * again; those it cancelled stay cancelled.
     */
    OVERRIDDEN;

    /** Whether an objection in this state stops shares. */
    public boolean inForce() {
        return this != OVERRIDDEN;
    }
}
