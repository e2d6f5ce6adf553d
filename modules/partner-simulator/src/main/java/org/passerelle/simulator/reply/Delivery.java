package org.passerelle.simulator.reply;

/**
 * One attempt at sending a status.
 *
 * @param result what to record (an HTTP status, {@code "written"}, {@code "sent"})
 * @param retry whether the failure is worth another attempt (5xx, 408, 429, or a fresh token needed)
 */
public record Delivery(Object result, boolean retry) {}
