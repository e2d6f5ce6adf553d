package org.passerelle.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;

/** Use cases about the caller themselves, and the organisations they belong to. */
@ApplicationScoped
public class CallerService {

    private final OrganisationRepository organisations;

    @Inject
    public CallerService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** For CDI proxies only. */
    protected CallerService() {
        this.organisations = null;
    }

    /**
     * Describes the caller with their organisation.
     *
     * @throws UnknownOrganisationException when the organisation is missing, unknown or inactive
     */
    @Transactional
    public CallerProfile describe(Caller caller) {
        if (caller.organisation() == null) {
            throw new UnknownOrganisationException();
        }
        Organisation organisation = organisations
                .find(caller.organisation())
                .filter(Organisation::isActive)
                .orElseThrow(UnknownOrganisationException::new);
        return new CallerProfile(caller, organisation.name(), organisation.kind());
    }
}
