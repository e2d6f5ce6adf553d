package org.passerelle.web.api.consent;

import org.passerelle.domain.consent.ObjectionReview;

/** The DPO's decision on an objection and, for an override, the written decision's reference. */
public record ReviewRequest(ObjectionReview decision, String groundsReference) {}
