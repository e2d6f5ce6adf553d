package org.passerelle.domain.oversight;

/** The unusual accesses S12 asks the DPO to look at. */
public enum AlertKind {
    /** An agent tried to read a dossier they are not assigned to. */
    UNASSIGNED_READ,
    /** One user read more dossiers than the threshold within the window. */
    READ_BURST,
    /** An export of many entries or records. */
    BULK_EXPORT,
    /** An access outside the configured working hours. */
    OFF_HOURS,
    /** A dossier opened through break-glass. */
    BREAK_GLASS,
    /** An administrator changed a convention or a partner's keys or certificate (issue 15, item 9). */
    ADMIN_CHANGE,
    /** A rights request (GDPR art. 12) left unanswered past its due date; raised once per request. */
    RIGHTS_REQUEST_OVERDUE,
    /** An usager objected (GDPR art. 21): the DPO upholds it or records the compelling grounds. */
    OBJECTION_REVIEW
}
