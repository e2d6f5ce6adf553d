package org.passerelle.application.convention;

/**
 * Fired when a convention is made, revised or ended: once it commits, the channels listen again to
 * the right partners ({@code application.channel} observes it; conventions know nothing of channels).
 */
public record ConventionChanged() {}
