package org.passerelle.domain.consent;

/** Whether a consent can still ground a share, on a given day. */
public enum ConsentStatus {
    ACTIVE,
    EXPIRED,
    WITHDRAWN
}
