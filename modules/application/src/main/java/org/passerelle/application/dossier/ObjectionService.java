package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentRepository;
import org.passerelle.domain.consent.Objection;
import org.passerelle.domain.consent.ObjectionReview;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.OversightRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.Role;

/**
 * Objections (GDPR art. 21, S5; issue 21, item 4). An agent who follows the usager records one:
 * it takes effect at once, with the same cascade as a consent withdrawal (the open orientations to
 * that organisation carrying one of its categories are cancelled, the partner told over its
 * channel, new ones refused), and raises an alert that opens the DPO's review. The DPO upholds it,
 * or records the reference of the written decision stating compelling legitimate grounds, after
 * which orientations may go again.
 */
@ApplicationScoped
public class ObjectionService {

    @Inject
    ConsentRepository consents;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OversightRepository oversight;

    @Inject
    DossierAccess access;

    @Inject
    AccessGate gate;

    @Inject
    LastContact lastContact;

    @Inject
    Event<ObjectionRecorded> recorded;

    @Inject
    Clock clock;

    @Transactional
    public ObjectionView record(Caller caller, ObjectionDetails details) {
        if (details == null) {
            throw new InvalidInputException("body", "is required");
        }
        Person person = access.followedUsager(caller, details.personId(), Action.WRITE, JournalAction.CONSENT_CHANGE);
        String recipient = details.recipient();
        if (recipient == null
                || organisations
                        .find(recipient)
                        .filter(o -> o.isActive() && o.kind().isPartner())
                        .isEmpty()) {
            throw new InvalidInputException("recipient", "names no partner organisation");
        }
        Set<FieldCategory> categories = details.categories();
        if (categories == null || categories.isEmpty() || categories.contains(null)) {
            throw new InvalidInputException("categories", "is required (at least one category)");
        }
        if (details.means() == null) {
            throw new InvalidInputException("means", "is required");
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(Consent.ZONE).toLocalDate();
        LocalDate receivedOn = details.receivedOn() == null ? today : details.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw new InvalidInputException("receivedOn", "is in the future");
        }
        Objection objection = new Objection(
                person.organisationCode(),
                person.id(),
                new Objection.Terms(recipient, categories, receivedOn, details.means()),
                caller.username(),
                now);
        consents.add(objection);
        consents.flush();
        gate.record(caller, JournalAction.CONSENT_CHANGE, Target.of(person), Set.of(), "objection-recorded");
        oversight.add(new Alert(
                AlertKind.OBJECTION_REVIEW,
                new Alert.Subject(person.organisationCode(), caller.username(), person.id(), null, null),
                "Objection " + objection.id() + " to " + recipient + " " + objection.categories() + " to review",
                now));
        lastContact.usager(person.id());
        recorded.fire(new ObjectionRecorded(caller, objection));
        return ObjectionView.of(objection);
    }

    /** The usager's objections, for the agents who follow them and for the DPO. */
    @Transactional
    public List<ObjectionView> of(Caller caller, UUID personId) {
        Person person = caller.has(Role.AUDITOR)
                ? access.usagerOfCallersCcas(caller, personId)
                : access.followedUsager(caller, personId, Action.READ, JournalAction.READ);
        gate.record(
                caller,
                caller.has(Role.AUDITOR) ? JournalAction.AUDIT : JournalAction.READ,
                Target.of(person),
                Set.of(),
                "objections");
        return consents.objectionsOf(person.id()).stream()
                .map(ObjectionView::of)
                .toList();
    }

    /** The objections of the DPO's CCAS waiting for review, oldest first. */
    @Transactional
    public List<ObjectionView> pending(Caller caller) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        gate.record(
                caller,
                JournalAction.AUDIT,
                Target.organisation(caller.organisation()),
                Set.of(),
                "objections-pending");
        return consents.pendingObjections(caller.organisation()).stream()
                .map(ObjectionView::of)
                .toList();
    }

    /**
     * The DPO's review, once (409 after): {@code UPHELD}, or {@code OVERRIDDEN} with the reference
     * of the written decision stating the compelling legitimate grounds.
     */
    @Transactional
    public ObjectionView review(Caller caller, UUID id, ObjectionReview decision, String groundsReference) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        Objection objection = consents.findObjection(id)
                .filter(o -> o.organisationCode().equals(caller.organisation()))
                .orElseThrow(() -> new NotFoundException("objection"));
        if (decision == null || decision == ObjectionReview.PENDING) {
            throw new InvalidInputException("decision", "is required (UPHELD or OVERRIDDEN)");
        }
        String grounds = groundsReference == null || groundsReference.isBlank() ? null : groundsReference.strip();
        if (decision == ObjectionReview.OVERRIDDEN && grounds == null) {
            throw new InvalidInputException(
                    "groundsReference", "is required to override an objection (the written decision's reference)");
        }
        if (decision == ObjectionReview.UPHELD && grounds != null) {
            throw new InvalidInputException("groundsReference", "is only for an override");
        }
        Inputs.documentReference("groundsReference", grounds);
        objection.review(decision, grounds, caller.username(), clock.instant());
        consents.flush();
        gate.record(
                caller,
                JournalAction.AUDIT,
                Target.person(objection.organisationCode(), objection.personId()),
                Set.of(),
                decision == ObjectionReview.UPHELD ? "objection-upheld" : "objection-overridden");
        return ObjectionView.of(objection);
    }
}
