package org.passerelle.web.api.delegation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A delegation to give: {@code to} stands in for the caller, or for the agent named by
 * {@code for} (the CCAS manager only), from {@code from} (now when absent) until {@code until},
 * for a reason that says why and names no usager.
 */
public record DelegationRequest(
        String to, @JsonProperty("for") String forAgent, Instant from, Instant until, String reason) {}
