package org.passerelle.application.organisation;

import org.passerelle.domain.organisation.OrganisationKind;

/** An organisation of Passerelle as the administrator lists it. */
public record OrganisationView(
        String code, String name, OrganisationKind kind, String commune, boolean active, boolean notified) {}
