package org.passerelle.secrecy;

/**
 * How the caller stands to the dossier (or usager) they ask for, within their own CCAS. The caller
 * of the policy works it out from the dossier's référent and team; the policy never looks it up.
 */
public enum Relation {

    /** The caller is the dossier's référent. */
    REFERENT,
    /** The caller is a member of the dossier's team. */
    TEAM_MEMBER,
    /**
     * The caller stands in for the dossier's référent or a team member who delegated them for a
     * period (S6, continuity inside the team): reads and writes as a team member would, journaled
     * as delegated, raising no alert.
     */
    DELEGATE,
    /** A dossier exists in the caller's CCAS but the caller is neither its référent nor on its team. */
    UNASSIGNED,
    /** An usager registered in the caller's CCAS with no dossier yet, so nobody is assigned. */
    NO_DOSSIER,
    /**
     * The caller is not assigned but opened the dossier through break-glass (S6): a written reason,
     * for a limited time, journaled and raised to the DPO. Reading only.
     */
    BREAK_GLASS
}
