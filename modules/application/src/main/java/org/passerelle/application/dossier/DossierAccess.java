package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.identity.UnknownOrganisationException;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.AccessRequest;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Relation;

/**
 * Gathers the facts the secrecy policy needs about a caller and an usager or dossier, asks it,
 * and turns a refusal into an {@link AccessRefusedException}.
 */
@ApplicationScoped
class DossierAccess {

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    OrganisationRepository organisations;

    /**
     * The decision for a caller about to register, or search for, an usager of their own CCAS.
     *
     * @throws UnknownOrganisationException when the caller's organisation is not an active CCAS
     */
    AccessDecision toNewPerson(Caller caller, Action action) {
        AccessDecision decision = decide(caller, true, Relation.NO_DOSSIER, false, action, false);
        if (decision.allowed() && organisations.find(String.valueOf(caller.organisation()))
                .filter(o -> o.isActive() && o.kind() == OrganisationKind.CCAS).isEmpty()) {
            throw new UnknownOrganisationException();
        }
        return decision;
    }

    AccessDecision toPerson(Caller caller, Person person, Action action, boolean revealNir) {
        boolean sameOrganisation = person.organisationCode().equals(caller.organisation());
        List<CaseFile> files = sameOrganisation ? caseFiles.findByPerson(person.id()) : List.of();
        boolean restricted = files.stream().anyMatch(CaseFile::isRestricted);
        return decide(caller, sameOrganisation, relation(caller, files), restricted, action, revealNir);
    }

    AccessDecision toCaseFile(Caller caller, CaseFile caseFile, Action action) {
        boolean sameOrganisation = caseFile.organisationCode().equals(caller.organisation());
        return decide(caller, sameOrganisation, relation(caller, List.of(caseFile)), caseFile.isRestricted(),
                action, false);
    }

    /** The decision for a caller about to become référent of a new dossier in their organisation. */
    AccessDecision asNewReferent(Caller caller) {
        return decide(caller, true, Relation.REFERENT, false, Action.WRITE, false);
    }

    static AccessDecision require(AccessDecision decision) {
        if (!decision.allowed()) {
            throw new AccessRefusedException(decision.outcome(), decision.reasonCode());
        }
        return decision;
    }

    /** Allowed, and allowed to see these fields: reception, for one, sees no dossier content. */
    static AccessDecision requireFields(AccessDecision decision, Set<Field> fields) {
        require(decision);
        if (!decision.visibleFields().containsAll(fields)) {
            throw new AccessRefusedException(Outcome.FORBIDDEN, decision.reasonCode());
        }
        return decision;
    }

    private static AccessDecision decide(Caller caller, boolean sameOrganisation, Relation relation,
                                         boolean restricted, Action action, boolean revealNir) {
        return CcasAccessPolicy.decide(new AccessRequest(caller.roles(), sameOrganisation, relation, restricted,
                action, revealNir));
    }

    private static Relation relation(Caller caller, List<CaseFile> files) {
        if (files.isEmpty()) {
            return Relation.NO_DOSSIER;
        }
        if (files.stream().anyMatch(f -> f.isReferent(caller.username()))) {
            return Relation.REFERENT;
        }
        if (files.stream().anyMatch(f -> f.isTeamMember(caller.username()))) {
            return Relation.TEAM_MEMBER;
        }
        return Relation.UNASSIGNED;
    }
}
