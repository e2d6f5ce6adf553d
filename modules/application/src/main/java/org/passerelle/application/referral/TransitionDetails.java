package org.passerelle.application.referral;

/**
 * What comes with a transition: a code (the rejection reason, required and from the convention's
 * list on REJECT; the outcome on COMPLETE and FAIL) and a message, sealed: required on REJECT
 * (DESIGN §4), optional otherwise.
 */
public record TransitionDetails(String reasonCode, String message) {}
