package org.passerelle.domain.oversight;

/** Where the DPO's review of an alert stands. */
public enum AlertState {
    OPEN,
    /** The access had a good reason. */
    JUSTIFIED,
    /** Passed on (to management, or as a data breach under GDPR art. 33). */
    ESCALATED
}
