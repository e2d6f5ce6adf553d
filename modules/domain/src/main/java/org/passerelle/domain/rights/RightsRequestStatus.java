package org.passerelle.domain.rights;

public enum RightsRequestStatus {
    /** Registered, not answered yet: its deadline runs. */
    OPEN,
    /** Answered: closed. */
    ANSWERED
}
