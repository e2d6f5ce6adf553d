package org.passerelle.application.dossier;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.identity.UnknownOrganisationException;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.delegation.Delegation;
import org.passerelle.domain.delegation.DelegationRepository;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.OrganisationKind;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.AccessRequest;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Relation;
import org.passerelle.secrecy.Role;

/**
 * Gathers the facts the secrecy policy needs about a caller and an usager or dossier, asks it, and
 * has the {@link AccessGate} enforce the answer: a refusal is journaled (S11) and thrown. The one
 * place that says how a caller stands to a dossier (référent, team, delegate, break-glass): the
 * orientations' use cases ask it too, so that a delegate reaches the delegator's orientations.
 */
@ApplicationScoped
public class DossierAccess {

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OversightRepository oversight;

    @Inject
    DelegationRepository delegations;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    PersonRepository persons;

    /**
     * The usager, if the caller follows them (on one of their dossiers, or standing in for who is),
     * so may see their situation: what records their notices, consents and objections need. 400
     * without an id, 404 when unknown, else refused (journaled) as {@link #requirePerson}.
     */
    public Person followedUsager(Caller caller, UUID personId, Action action, JournalAction attempted) {
        Person person = usager(personId);
        requirePerson(caller, person, action, false, CaseFileService.SITUATION_FIELDS, attempted);
        return person;
    }

    /**
     * An usager of the caller's own CCAS, for the DPO's registers (ids only, nothing read): 400
     * without an id, 404 when unknown or another CCAS's (journaled as an {@code AUDIT} refusal).
     */
    public Person usagerOfCallersCcas(Caller caller, UUID personId) {
        Person person = usager(personId);
        if (!person.organisationCode().equals(caller.organisation())) {
            throw gate.refuse(
                    caller,
                    JournalAction.AUDIT,
                    Target.of(person),
                    Set.of(),
                    Outcome.NOT_FOUND,
                    CcasAccessPolicy.OTHER_ORGANISATION);
        }
        return person;
    }

    private Person usager(UUID personId) {
        if (personId == null) {
            throw new InvalidInputException("personId", "is required");
        }
        return persons.find(personId).orElseThrow(() -> new NotFoundException("usager"));
    }

    /**
     * Allows a caller to register, or search for, an usager of their own CCAS.
     *
     * @throws UnknownOrganisationException when the caller's organisation is not an active CCAS
     */
    AccessDecision requireNewPerson(Caller caller, Action action, JournalAction attempted) {
        AccessDecision decision = decide(caller, true, Relation.NO_DOSSIER, false, action, false);
        enforce(caller, decision, Set.of(), attempted, Target.organisation(caller.organisation()));
        requireActiveCcas(caller);
        return decision;
    }

    /**
     * Usagers, their dossiers and their blind indexes belong to a CCAS: nobody else holds any.
     *
     * @throws UnknownOrganisationException when the caller's organisation is not an active CCAS
     */
    void requireActiveCcas(Caller caller) {
        if (organisations
                .find(String.valueOf(caller.organisation()))
                .filter(o -> o.isActive() && o.kind() == OrganisationKind.CCAS)
                .isEmpty()) {
            throw new UnknownOrganisationException();
        }
    }

    /** The decision about an usager, unenforced: a search shows those it may not open as inaccessible. */
    AccessDecision toPerson(Caller caller, Person person, Action action, boolean revealNir) {
        boolean sameOrganisation = person.organisationCode().equals(caller.organisation());
        List<CaseFile> files = sameOrganisation ? caseFiles.findByPerson(person.id()) : List.of();
        boolean restricted = files.stream().anyMatch(CaseFile::isRestricted);
        return decide(caller, sameOrganisation, standing(caller, files), restricted, action, revealNir);
    }

    /** Allows access to an usager and to at least {@code needed} of their fields, or refuses. */
    AccessDecision requirePerson(
            Caller caller,
            Person person,
            Action action,
            boolean revealNir,
            Set<Field> needed,
            JournalAction attempted) {
        return enforce(caller, toPerson(caller, person, action, revealNir), needed, attempted, Target.of(person));
    }

    /** Allows access to a dossier and to at least {@code needed} of its fields, or refuses. */
    AccessDecision requireCaseFile(
            Caller caller, CaseFile caseFile, Action action, Set<Field> needed, JournalAction attempted) {
        return enforce(caller, toCaseFile(caller, caseFile, action), needed, attempted, Target.of(caseFile));
    }

    /**
     * The decision about a dossier, unenforced, for a use case that enforces it in its own terms
     * (an orientation's sender): its reason code names the delegation when the caller stands in
     * for a colleague ({@link #delegation}).
     */
    public AccessDecision toCaseFile(Caller caller, CaseFile caseFile, Action action) {
        boolean sameOrganisation = caseFile.organisationCode().equals(caller.organisation());
        return decide(
                caller,
                sameOrganisation,
                sameOrganisation ? standing(caller, List.of(caseFile)) : Standing.UNASSIGNED,
                caseFile.isRestricted(),
                action,
                false);
    }

    /** The delegation an allowed decision rests on, when it rests on one: the ground its entries name. */
    public static Optional<String> delegation(AccessDecision decision) {
        return decision.allowed()
                        && decision.reasonCode() != null
                        && decision.reasonCode().startsWith(DelegationService.REASON_PREFIX)
                ? Optional.of(decision.reasonCode())
                : Optional.empty();
    }

    /** The colleagues the caller stands in for right now (running delegations to them), for their lists. */
    public List<String> standingInFor(Caller caller) {
        if (caller.organisation() == null) {
            return List.of();
        }
        return delegations.runningFor(caller.organisation(), caller.username(), clock.instant()).stream()
                .map(Delegation::delegator)
                .distinct()
                .toList();
    }

    /**
     * Allows a change of a dossier's référent and team: by those who may write it and see at least
     * {@code needed} (its référent, team, delegates), or else by the CCAS manager, who opens none of
     * its fields ({@link CcasAccessPolicy#MANAGER_ASSIGNMENT}); or refuses, journaled.
     */
    AccessDecision requireAssignment(Caller caller, CaseFile caseFile, Set<Field> needed) {
        boolean sameOrganisation = caseFile.organisationCode().equals(caller.organisation());
        AccessDecision asStaff = decide(
                caller,
                sameOrganisation,
                sameOrganisation ? standing(caller, List.of(caseFile)) : Standing.UNASSIGNED,
                caseFile.isRestricted(),
                Action.WRITE,
                false);
        boolean staffMay = asStaff.allowed() && asStaff.visibleFields().containsAll(needed);
        if (!staffMay && caller.has(Role.CCAS_MANAGER)) {
            AccessDecision asManager = CcasAccessPolicy.decideAssignment(new AccessRequest(
                    caller.roles(),
                    sameOrganisation,
                    Relation.UNASSIGNED,
                    caseFile.isRestricted(),
                    Action.WRITE,
                    false));
            return enforce(caller, asManager, Set.of(), JournalAction.UPDATE, Target.of(caseFile));
        }
        return enforce(caller, asStaff, needed, JournalAction.UPDATE, Target.of(caseFile));
    }

    /** Allows a caller to open a dossier for this usager and become its référent, seeing {@code needed}. */
    AccessDecision requireNewCaseFile(Caller caller, Person person, Set<Field> needed) {
        return enforce(
                caller,
                decide(caller, true, Relation.REFERENT, false, Action.WRITE, false),
                needed,
                JournalAction.CREATE,
                Target.of(person));
    }

    /** Allows an agent of the dossier's CCAS to open it through break-glass (S6), or refuses. */
    AccessDecision requireBreakGlass(Caller caller, CaseFile caseFile) {
        boolean sameOrganisation = caseFile.organisationCode().equals(caller.organisation());
        AccessDecision decision =
                decide(caller, sameOrganisation, Relation.BREAK_GLASS, caseFile.isRestricted(), Action.READ, false);
        if (decision.allowed() && !CcasAccessPolicy.BREAK_GLASS.equals(decision.reasonCode())) {
            // Reception alone gets its own scope here, not break-glass: only agents may break the glass.
            decision = AccessDecision.refuse(Outcome.FORBIDDEN, CcasAccessPolicy.ROLE_NOT_PERMITTED);
        }
        return enforce(caller, decision, Set.of(), JournalAction.BREAK_GLASS, Target.of(caseFile));
    }

    /** Whether the caller is the dossier's référent or on its team (break-glass does not count). */
    static boolean assigned(Caller caller, CaseFile caseFile) {
        return caseFile.assignmentOf(caller.username()) != Relation.UNASSIGNED;
    }

    private AccessDecision enforce(
            Caller caller, AccessDecision decision, Set<Field> needed, JournalAction attempted, Target target) {
        return gate.require(caller, decision, needed, attempted, target);
    }

    private static AccessDecision decide(
            Caller caller,
            boolean sameOrganisation,
            Relation relation,
            boolean restricted,
            Action action,
            boolean revealNir) {
        return CcasAccessPolicy.decide(
                new AccessRequest(caller.roles(), sameOrganisation, relation, restricted, action, revealNir));
    }

    /**
     * The same, for a standing that may be a delegation: an access it allows is journaled naming
     * the delegation ({@code delegation:<id>}), so the DPO sees on which ground, and no rule takes
     * it for an unassigned or break-glass access.
     */
    private static AccessDecision decide(
            Caller caller,
            boolean sameOrganisation,
            Standing standing,
            boolean restricted,
            Action action,
            boolean revealNir) {
        AccessDecision decision = decide(caller, sameOrganisation, standing.relation(), restricted, action, revealNir);
        if (standing.delegation() != null && CcasAccessPolicy.DELEGATED.equals(decision.reasonCode())) {
            return AccessDecision.allow(
                    decision.visibleFields(), decision.nir(), DelegationService.reasonCode(standing.delegation()));
        }
        return decision;
    }

    /** How the caller stands to some dossiers, and through which delegation when it is one. */
    private record Standing(Relation relation, UUID delegation) {

        static final Standing UNASSIGNED = new Standing(Relation.UNASSIGNED, null);

        Standing(Relation relation) {
            this(relation, null);
        }
    }

    private Standing standing(Caller caller, List<CaseFile> files) {
        if (files.isEmpty()) {
            return new Standing(Relation.NO_DOSSIER);
        }
        Set<Relation> assignments =
                files.stream().map(f -> f.assignmentOf(caller.username())).collect(toSet());
        for (Relation closest : List.of(Relation.REFERENT, Relation.TEAM_MEMBER)) {
            if (assignments.contains(closest)) {
                return new Standing(closest);
            }
        }
        Instant now = clock.instant();
        if (caller.organisation() != null) {
            // S6 continuity: standing in for a colleague on these dossiers, as a team member would.
            for (Delegation delegation : delegations.runningFor(caller.organisation(), caller.username(), now)) {
                if (files.stream().anyMatch(f -> f.assignmentOf(delegation.delegator()) != Relation.UNASSIGNED)) {
                    return new Standing(Relation.DELEGATE, delegation.id());
                }
            }
        }
        List<UUID> ids = files.stream().map(CaseFile::id).toList();
        if (!oversight.breakGlassOpen(caller.username(), ids, now).isEmpty()) {
            return new Standing(Relation.BREAK_GLASS);
        }
        return Standing.UNASSIGNED;
    }
}
