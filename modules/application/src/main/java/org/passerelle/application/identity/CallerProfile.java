package org.passerelle.application.identity;

import org.passerelle.domain.organisation.OrganisationKind;

/** The caller together with the organisation they act for, as Passerelle knows it. */
public record CallerProfile(Caller caller, String organisationName, OrganisationKind organisationKind) {}
