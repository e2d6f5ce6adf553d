package org.passerelle.domain.oversight;

import java.util.UUID;

/** The alert was already reviewed: a review is recorded once. */
public class AlertReviewedException extends RuntimeException {

    public AlertReviewedException(UUID alertId) {
        super("Alert " + alertId + " is already reviewed");
    }
}
