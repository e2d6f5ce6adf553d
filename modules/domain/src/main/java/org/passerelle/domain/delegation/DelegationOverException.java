package org.passerelle.domain.delegation;

import java.util.UUID;

/** The delegation is already over (ended early or past its end): it cannot be ended again. */
public class DelegationOverException extends RuntimeException {

    public DelegationOverException(UUID delegationId) {
        super("Delegation " + delegationId + " is already over");
    }
}
