package org.passerelle.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.dossier.DossierAccess;
import org.passerelle.application.dossier.RestrictionService;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.input.Paging;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.failure.StaleVersionException;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.rights.AnswerOutcome;
import org.passerelle.domain.rights.ExtensionReason;
import org.passerelle.domain.rights.RightsRequest;
import org.passerelle.domain.rights.RightsRequestChannel;
import org.passerelle.domain.rights.RightsRequestKind;
import org.passerelle.domain.rights.RightsRequestRepository;
import org.passerelle.domain.rights.RightsRequestStateException;
import org.passerelle.domain.rights.RightsRequestStatus;
import org.passerelle.secrecy.CcasAccessPolicy;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * The DPO's register of rights requests and complaints (GDPR art. 12): the DPO (role {@code
 * auditor}) of the usager's CCAS registers a request, which is due one month after it was received;
 * extends it by at most two more months for a coded reason; answers it. Anyone else is refused
 * (403, journaled); another CCAS's request or usager is not found (404, journaled). Each act is
 * journaled as {@code AUDIT} with a reason code and ids, never a value. A RESTRICTION request
 * restricts the usager's open dossiers at once through {@link RestrictionService}, so the journal
 * and the dossiers' history read as if the DPO had restricted them by hand.
 */
@ApplicationScoped
public class RightsRequestService {

    /** The days of the deadline are those of the CCAS. */
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    /** The restriction reason a request leaves on a dossier: its id, no personal detail. */
    static final String RESTRICTION_REASON_PREFIX = "rights-request:";

    @Inject
    RightsRequestRepository requests;

    @Inject
    DossierAccess access;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    RestrictionService restrictions;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Transactional
    public RightsRequestView register(
            Caller caller, UUID personId, RightsRequestKind kind, LocalDate receivedOn, RightsRequestChannel channel) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        required("personId", personId);
        required("kind", kind);
        required("receivedOn", receivedOn);
        required("channel", channel);
        LocalDate today = today();
        if (receivedOn.isAfter(today)) {
            throw new InvalidInputException("receivedOn", "is in the future");
        }
        if (receivedOn.isBefore(today.minusYears(10))) {
            throw new InvalidInputException("receivedOn", "is more than ten years ago");
        }
        Person person = access.usagerOfCallersCcas(caller, personId);
        RightsRequest request = new RightsRequest(
                caller.organisation(), person.id(), kind, channel, receivedOn, caller.username(), clock.instant());
        requests.add(request);
        requests.flush();
        gate.record(
                caller,
                JournalAction.AUDIT,
                Target.person(caller.organisation(), person.id()),
                Set.of(),
                "rights-request-registered");
        List<UUID> restricted = new ArrayList<>();
        if (kind == RightsRequestKind.RESTRICTION) {
            for (CaseFile caseFile : caseFiles.findByPerson(person.id())) {
                if (caseFile.organisationCode().equals(caller.organisation())
                        && caseFile.status() == CaseStatus.OPEN
                        && !caseFile.isRestricted()) {
                    restrictions.restrict(caller, caseFile.id(), RESTRICTION_REASON_PREFIX + request.id());
                    restricted.add(caseFile.id());
                }
            }
        }
        return RightsRequestView.of(request, today, restricted);
    }

    @Transactional
    public RightsRequestPage list(
            Caller caller, RightsRequestStatus status, RightsRequestKind kind, Boolean overdue, Paging paging) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        gate.record(
                caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), Set.of(), "rights-requests");
        LocalDate today = today();
        LocalDate overdueOn = Boolean.TRUE.equals(overdue) ? today : null;
        List<RightsRequestView> page =
                requests.search(caller.organisation(), status, kind, overdueOn, paging.offset(), paging.size()).stream()
                        .filter(r -> !Boolean.FALSE.equals(overdue) || !r.isOverdue(today))
                        .map(r -> RightsRequestView.of(r, today))
                        .toList();
        long total = Boolean.FALSE.equals(overdue)
                ? requests.count(caller.organisation(), status, kind, null)
                        - requests.count(caller.organisation(), status, kind, today)
                : requests.count(caller.organisation(), status, kind, overdueOn);
        return new RightsRequestPage(page, paging.page(), paging.size(), total);
    }

    @Transactional
    public RightsRequestView read(Caller caller, UUID id) {
        RightsRequest request = ofCallersCcas(caller, id);
        gate.record(caller, JournalAction.AUDIT, target(request), Set.of(), "rights-request-read");
        return RightsRequestView.of(request, today());
    }

    /** Extends the deadline by {@code months} (1 or 2, two in all at most) for one of art. 12(3)'s grounds. */
    @Transactional
    public RightsRequestView extend(
            Caller caller, UUID id, long expectedVersion, Integer months, ExtensionReason reason) {
        RightsRequest request = ofCallersCcas(caller, id);
        required("months", months);
        if (months < 1 || months > RightsRequest.EXTENSION_MAX_MONTHS) {
            throw new InvalidInputException("months", "is 1 or 2");
        }
        required("reason", reason);
        checkVersion(request, expectedVersion);
        change(caller, request, () -> request.extend(months, reason));
        gate.record(caller, JournalAction.AUDIT, target(request), Set.of(), "rights-request-extended");
        return RightsRequestView.of(request, today());
    }

    /** Records the answer (on or after the day received, not in the future) and closes the request. */
    @Transactional
    public RightsRequestView answer(
            Caller caller, UUID id, long expectedVersion, LocalDate answeredOn, AnswerOutcome outcome) {
        RightsRequest request = ofCallersCcas(caller, id);
        required("answeredOn", answeredOn);
        required("outcome", outcome);
        if (answeredOn.isAfter(today())) {
            throw new InvalidInputException("answeredOn", "is in the future");
        }
        if (answeredOn.isBefore(request.receivedOn())) {
            throw new InvalidInputException("answeredOn", "is before the day the request was received");
        }
        checkVersion(request, expectedVersion);
        change(caller, request, () -> request.answer(answeredOn, outcome, caller.username()));
        gate.record(caller, JournalAction.AUDIT, target(request), Set.of(), "rights-request-answered");
        return RightsRequestView.of(request, today());
    }

    private void change(Caller caller, RightsRequest request, Runnable change) {
        try {
            change.run();
        } catch (RightsRequestStateException e) {
            gate.refuse(
                    caller,
                    JournalAction.AUDIT,
                    target(request),
                    Set.of(),
                    Outcome.FORBIDDEN,
                    "rights-request-" + e.code());
            throw e;
        }
        requests.flush();
    }

    private static void checkVersion(RightsRequest request, long expectedVersion) {
        if (request.version() != expectedVersion) {
            throw new StaleVersionException();
        }
    }

    private RightsRequest ofCallersCcas(Caller caller, UUID id) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        RightsRequest request = (id == null ? null : requests.find(id).orElse(null));
        if (request == null) {
            throw new NotFoundException("rights request");
        }
        if (!request.organisationCode().equals(caller.organisation())) {
            throw gate.refuse(
                    caller,
                    JournalAction.AUDIT,
                    target(request),
                    Set.of(),
                    Outcome.NOT_FOUND,
                    CcasAccessPolicy.OTHER_ORGANISATION);
        }
        return request;
    }

    private static Target target(RightsRequest request) {
        return Target.person(request.organisationCode(), request.personId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FRANCE));
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
    }
}
