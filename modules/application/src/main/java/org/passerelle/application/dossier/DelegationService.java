package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.SafeText;
import org.passerelle.domain.delegation.Delegation;
import org.passerelle.domain.delegation.DelegationOverException;
import org.passerelle.domain.delegation.DelegationRepository;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * Delegations inside a CCAS (S6): an agent lets a colleague stand in on their dossiers for a
 * period, or the CCAS manager does it for any agent of the CCAS. While it runs the delegate reads
 * and writes those dossiers as a team member would ({@link DossierAccess}); every such access is
 * journaled naming the delegation and raises no alert. Giving and ending one are journaled too.
 *
 * <p>Usernames are checked for their shape only, as a dossier's team members are: Passerelle does
 * not hold the realm's users. A delegation to someone who is not an agent of the same CCAS opens
 * nothing, since the policy still asks for the agent role and the same organisation.
 */
@ApplicationScoped
public class DelegationService {

    /** The entry's reason code for an access or change under a delegation: names it, never its reason. */
    public static final String REASON_PREFIX = "delegation:";

    /** Forbidden: only the delegator or the CCAS manager ends a delegation (not the delegate). */
    public static final String NOT_YOURS = "not-your-delegation";

    static final int REASON_MIN = 5;
    static final int LIST_MAX = 500;

    @Inject
    DelegationRepository delegations;

    @Inject
    DossierAccess access;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "passerelle.delegation.max-days", defaultValue = "92")
    int maxDays;

    /** The entry's reason code naming a delegation. */
    public static String reasonCode(UUID delegationId) {
        return REASON_PREFIX + delegationId;
    }

    /**
     * Gives a delegation: by an agent for their own dossiers ({@code forAgent} null or themselves),
     * or by the CCAS manager for any agent of the CCAS.
     *
     * @param from when it starts; now when null
     */
    @Transactional
    public DelegationView give(Caller caller, String forAgent, String to, Instant from, Instant until, String reason) {
        String delegator;
        if (forAgent == null || forAgent.equals(caller.username()) && caller.has(Role.CCAS_AGENT)) {
            gate.requireRole(caller, JournalAction.DELEGATION, Role.CCAS_AGENT);
            delegator = caller.username();
        } else {
            gate.requireRole(caller, JournalAction.DELEGATION, Role.CCAS_MANAGER);
            delegator = Inputs.username("for", forAgent);
        }
        access.requireActiveCcas(caller);
        String delegate = Inputs.username("to", to);
        if (delegate.equals(delegator)) {
            throw new InvalidInputException("to", "is the delegator: a delegation goes to a colleague");
        }
        Instant now = clock.instant();
        Instant start = from == null ? now : from;
        if (until == null) {
            throw new InvalidInputException("until", "is required");
        }
        if (!until.isAfter(start)) {
            throw new InvalidInputException("until", "must be after from");
        }
        if (!until.isAfter(now)) {
            throw new InvalidInputException("until", "must be in the future");
        }
        if (Duration.between(start, until).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw new InvalidInputException("until", "is more than " + maxDays + " days after from");
        }
        if (start.isAfter(now.plus(Duration.ofDays(365)))) {
            throw new InvalidInputException("from", "is more than a year ahead");
        }
        String text = validReason(reason);
        Delegation delegation =
                new Delegation(caller.organisation(), delegator, delegate, start, until, text, caller.username(), now);
        delegations.add(delegation);
        gate.record(
                caller,
                JournalAction.DELEGATION,
                Target.organisation(caller.organisation()),
                Set.of(),
                reasonCode(delegation.id()));
        return DelegationView.of(delegation, now);
    }

    /**
     * The delegations the caller may see, newest first: an agent's given and received; the CCAS
     * manager's and the DPO's, all of their CCAS.
     */
    @Transactional
    public List<DelegationView> list(Caller caller) {
        gate.requireRole(caller, JournalAction.READ, Role.CCAS_AGENT, Role.CCAS_MANAGER, Role.AUDITOR);
        Instant now = clock.instant();
        List<Delegation> found = caller.has(Role.CCAS_MANAGER) || caller.has(Role.AUDITOR)
                ? delegations.ofOrganisation(caller.organisation(), LIST_MAX)
                : delegations.involving(caller.organisation(), caller.username(), LIST_MAX);
        return found.stream().map(d -> DelegationView.of(d, now)).toList();
    }

    /** The delegations running now with the caller standing in: what their home page says. */
    @Transactional
    public List<DelegationView> received(Caller caller) {
        if (!caller.has(Role.CCAS_AGENT) || caller.organisation() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        return delegations.runningFor(caller.organisation(), caller.username(), now).stream()
                .map(d -> DelegationView.of(d, now))
                .toList();
    }

    /** Ends a delegation before its term: by its delegator, or the CCAS manager. */
    @Transactional
    public DelegationView end(Caller caller, UUID id) {
        gate.requireRole(caller, JournalAction.DELEGATION_END, Role.CCAS_AGENT, Role.CCAS_MANAGER);
        Delegation delegation = delegations.find(id).orElseThrow(() -> new NotFoundException("delegation"));
        if (!delegation.organisationCode().equals(caller.organisation())) {
            // Another CCAS's: its existence is not revealed, and the attempt is on its DPO's record.
            throw gate.refuse(
                    caller,
                    JournalAction.DELEGATION_END,
                    Target.organisation(delegation.organisationCode()),
                    Set.of(),
                    Outcome.NOT_FOUND,
                    CcasAccessPolicy.OTHER_ORGANISATION);
        }
        boolean delegator =
                caller.has(Role.CCAS_AGENT) && delegation.delegator().equals(caller.username());
        if (!delegator && !caller.has(Role.CCAS_MANAGER)) {
            throw gate.refuse(
                    caller,
                    JournalAction.DELEGATION_END,
                    Target.organisation(caller.organisation()),
                    Set.of(),
                    Outcome.FORBIDDEN,
                    NOT_YOURS);
        }
        Instant now = clock.instant();
        if (delegation.isOver(now)) {
            throw new DelegationOverException(id);
        }
        delegation.end(caller.username(), now);
        delegations.flush();
        gate.record(
                caller,
                JournalAction.DELEGATION_END,
                Target.organisation(caller.organisation()),
                Set.of(),
                reasonCode(delegation.id()));
        return DelegationView.of(delegation, now);
    }

    private static String validReason(String reason) {
        String text = Inputs.required("reason", reason, Inputs.REASON_MAX);
        if (text.length() < REASON_MIN) {
            throw new InvalidInputException("reason", "must say why in at least " + REASON_MIN + " characters");
        }
        SafeText.Flaw flaw = SafeText.flaw(text, true);
        if (flaw != null) {
            throw new InvalidInputException("reason", flaw.reason());
        }
        return text;
    }
}
