package org.passerelle.domain.casefile;

/** A dossier is open while the CCAS supports the usager; closing it ends partners' access (S7). */
public enum CaseStatus {
    OPEN,
    CLOSED
}
