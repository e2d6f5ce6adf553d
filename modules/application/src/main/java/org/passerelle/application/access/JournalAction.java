package org.passerelle.application.access;

/** What an entry records. Refused attempts carry the action that was attempted. */
public enum JournalAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    /** Data leaving Passerelle in a file: a CSV export, an access report. */
    EXPORT,
    /**
     * Data disclosed to a partner through an orientation. Passerelle's delivery to a partner's
     * system writes one per outbox message, before it first leaves: its organisation is the
     * receiving one, its request id the message id, its client address the channel.
     */
    SHARE,
    /**
     * A delivery's SHARE that never reached its partner: the message died (out of attempts,
     * refused, or its access ended meanwhile). Same request id as that SHARE; no field.
     */
    UNDELIVERED,
    /** A prior notice or consent recorded or withdrawn. */
    CONSENT_CHANGE,
    /** A dossier opened through break-glass. */
    BREAK_GLASS,
    /** An usager's NIR shown in full, for a coded reason (S8). */
    NIR_REVEAL,
    /** The auditor's own work: journal search, integrity check, alert review, finding an usager's ids. */
    AUDIT,
    /** The DPO restricts a dossier (GDPR art. 18, S15): only the DPO reads it from then on. */
    RESTRICT,
    /** The DPO lifts a dossier's restriction. */
    LIFT_RESTRICTION,
    /**
     * An agent, or the CCAS manager for them, delegates a colleague for a period (S6); the entry's
     * reason code names the delegation ({@code delegation:<id>}), never its reason.
     */
    DELEGATION,
    /** A delegation ended before its term, by its delegator or the CCAS manager. */
    DELEGATION_END,
    /**
     * An administrator changed what partners receive or how it reaches them (issue 15, item 9): a
     * convention created, revised or deactivated (its channel and endpoint included), a partner's
     * keys or certificate registered or replaced. The reason code says which and names the
     * convention or the partner ({@code convention-revise:<id>}, {@code partner-keys:<code>});
     * raised to the DPO as an alert.
     */
    ADMINISTRATION
}
