package org.passerelle.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.secrecy.Role;

/** The organisations for the administrator (no one else needs the list; a refusal is journaled). */
@ApplicationScoped
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessGate gate;

    @Transactional
    public List<OrganisationView> list(Caller caller) {
        gate.requireRole(caller, JournalAction.READ, Role.ADMIN);
        return organisations.findAll().stream()
                .map(o -> new OrganisationView(
                        o.code(), o.name(), o.kind(), o.commune(), o.isActive(), o.notificationEmail() != null))
                .sorted(Comparator.comparing(OrganisationView::kind).thenComparing(OrganisationView::name))
                .toList();
    }
}
