package org.passerelle.application.rights;

import java.util.List;

/** One page of the register, soonest due first. */
public record RightsRequestPage(List<RightsRequestView> requests, int page, int size, long total) {}
