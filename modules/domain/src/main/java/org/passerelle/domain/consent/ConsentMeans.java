package org.passerelle.domain.consent;

/** How the usager gave their consent; the evidence reference says where the proof is kept. */
public enum ConsentMeans {
    /** A signed form. */
    WRITTEN,
    /** Said to the agent, who recorded it. */
    ORAL,
    /** Given in an online service. */
    ELECTRONIC
}
