package org.passerelle.web.api.referral;

/**
 * The body of an assignment or a handover: the username of a caseworker of the same organisation
 * ({@code to}) and why ({@code reason}, free text stored sealed; required for a handover).
 */
public record RecipientRequest(String to, String reason) {}
