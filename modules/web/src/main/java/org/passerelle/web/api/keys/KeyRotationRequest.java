package org.passerelle.web.api.keys;

/** The organisation whose data key to rotate. */
public record KeyRotationRequest(String organisation) {}
