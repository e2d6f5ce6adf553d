package org.passerelle.web.api.referral;

import org.passerelle.application.referral.TransitionDetails;

/**
 * The body of a transition: a code (the convention's rejection reason on reject, the outcome on
 * complete and fail) and a message, stored sealed: required on reject (DESIGN §4), optional
 * otherwise.
 */
public record TransitionRequest(String reasonCode, String message) {

    TransitionDetails details() {
        return new TransitionDetails(reasonCode, message);
    }
}
