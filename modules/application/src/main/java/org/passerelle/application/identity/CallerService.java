package org.passerelle.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

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
        Organisation organisation = organisations.find(caller.organisation())
                .filter(Organisation::isActive)
                .orElseThrow(UnknownOrganisationException::new);
        return new CallerProfile(caller, organisation.name(), organisation.kind());
    }

    /** The organisations Passerelle knows, for the administrator (no one else needs the list). */
    @Transactional
    public List<OrganisationView> organisations(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException(Outcome.FORBIDDEN, "role-not-permitted");
        }
        return organisations.findAll().stream()
                .map(o -> new OrganisationView(o.code(), o.name(), o.kind(), o.commune(), o.isActive(),
                        o.notificationEmail() != null))
                .sorted(Comparator.comparing(OrganisationView::kind).thenComparing(OrganisationView::name))
                .toList();
    }
}
