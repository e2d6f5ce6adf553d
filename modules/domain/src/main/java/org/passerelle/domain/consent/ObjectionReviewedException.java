package org.passerelle.domain.consent;

import java.util.UUID;

/** The DPO's review of an objection is recorded once: a second one is a conflict (409). */
public class ObjectionReviewedException extends RuntimeException {

    public ObjectionReviewedException(UUID id) {
        super("Objection " + id + " was already reviewed");
    }
}
