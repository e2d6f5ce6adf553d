package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
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
import org.passerelle.domain.consent.PriorNotice;
import org.passerelle.domain.consent.WithdrawalReason;
import org.passerelle.domain.convention.Purpose;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.FieldCategory;

/**
 * Prior notices and consents (S4) for the agents who follow the usager: the référent and team of
 * one of their dossiers, who are the ones allowed to see the situation being shared.
 */
@ApplicationScoped
public class ConsentService {

    /** Clocks of the agent's workstation and the server disagree a little; a record is never from the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final int RECIPIENTS_MAX = 10;

    @Inject
    ConsentRepository consents;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DossierAccess access;

    @Inject
    AccessGate gate;

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    @Inject
    Clock clock;

    @Inject
    LastContact lastContact;

    @Transactional
    public PriorNoticeView recordNotice(Caller caller, PriorNoticeDetails details) {
        Person person = followed(caller, required(details).personId(), Action.WRITE, JournalAction.CONSENT_CHANGE);
        Instant now = clock.instant();
        Set<FieldCategory> categories = categories(details.categories());
        Set<String> recipients = details.recipients();
        if (recipients == null || recipients.isEmpty()) {
            throw new InvalidInputException("recipients", "is required (at least one organisation)");
        }
        if (recipients.size() > RECIPIENTS_MAX) {
            throw new InvalidInputException("recipients", "names more than " + RECIPIENTS_MAX + " organisations");
        }
        for (String recipient : recipients) {
            requireMayReceive("recipients", recipient, categories);
        }
        if (details.means() == null) {
            throw new InvalidInputException("means", "is required");
        }
        PriorNotice notice = new PriorNotice(
                person.organisationCode(),
                person.id(),
                details.informedBy() == null ? caller.username() : Inputs.username("informedBy", details.informedBy()),
                past("informedAt", details.informedAt(), now),
                categories,
                recipients,
                details.means(),
                caller.username(),
                now);
        consents.add(notice);
        gate.record(caller, JournalAction.CONSENT_CHANGE, Target.of(person), Set.of(), "prior-notice-recorded");
        lastContact.usager(person.id());
        return PriorNoticeView.of(notice);
    }

    @Transactional
    public List<PriorNoticeView> notices(Caller caller, UUID personId) {
        Person person = followed(caller, personId, Action.READ, JournalAction.READ);
        gate.record(caller, JournalAction.READ, Target.of(person), Set.of(), "prior-notices");
        return consents.noticesOf(person.id()).stream().map(PriorNoticeView::of).toList();
    }

    @Transactional
    public ConsentView record(Caller caller, ConsentDetails details) {
        Person person = followed(caller, required(details).personId(), Action.WRITE, JournalAction.CONSENT_CHANGE);
        Instant now = clock.instant();
        Set<FieldCategory> categories = categories(details.categories());
        requireMayReceive("recipient", details.recipient(), categories);
        String purpose = Purpose.of("purpose", details.purpose()).code();
        if (details.means() == null) {
            throw new InvalidInputException("means", "is required");
        }
        String evidence = Inputs.documentReference("evidenceReference", details.evidenceReference());
        Instant givenAt = past("givenAt", details.givenAt(), now);
        LocalDate expiresOn = details.expiresOn();
        if (expiresOn != null && expiresOn.isBefore(givenAt.atZone(Consent.ZONE).toLocalDate())) {
            throw new InvalidInputException("expiresOn", "is before the day the consent was given");
        }
        Consent consent = new Consent(
                person.organisationCode(),
                person.id(),
                new Consent.Terms(
                        details.recipient(),
                        purpose,
                        categories,
                        givenAt,
                        details.givenTo() == null ? caller.username() : Inputs.username("givenTo", details.givenTo()),
                        details.means(),
                        evidence,
                        expiresOn),
                caller.username(),
                now);
        consents.add(consent);
        gate.record(caller, JournalAction.CONSENT_CHANGE, Target.of(person), Set.of(), "consent-recorded");
        lastContact.usager(person.id());
        return ConsentView.of(consent, now);
    }

    @Transactional
    public List<ConsentView> consents(Caller caller, UUID personId) {
        Person person = followed(caller, personId, Action.READ, JournalAction.READ);
        gate.record(caller, JournalAction.READ, Target.of(person), Set.of(), "consents");
        Instant now = clock.instant();
        return consents.consentsOf(person.id()).stream()
                .map(c -> ConsentView.of(c, now))
                .toList();
    }

    @Transactional
    public ConsentView read(Caller caller, UUID id) {
        Consent consent = consent(caller, id, Action.READ, JournalAction.READ);
        gate.record(
                caller,
                JournalAction.READ,
                Target.person(consent.organisationCode(), consent.personId()),
                Set.of(),
                "consents");
        return ConsentView.of(consent, clock.instant());
    }

    /** Ends a consent at once (S5) and, in the same transaction, cancels the open orientations relying on it. */
    @Transactional
    public ConsentView withdraw(Caller caller, UUID id, WithdrawalReason reason) {
        Consent consent = consent(caller, id, Action.WRITE, JournalAction.CONSENT_CHANGE);
        if (reason == null) {
            throw new InvalidInputException("reason", "is required");
        }
        Instant now = clock.instant();
        consent.withdraw(reason, caller.username(), now);
        consents.flush();
        gate.record(
                caller,
                JournalAction.CONSENT_CHANGE,
                Target.person(consent.organisationCode(), consent.personId()),
                Set.of(),
                "consent-withdrawn");
        lastContact.usager(consent.personId());
        withdrawn.fire(new ConsentWithdrawn(caller, consent.id()));
        return ConsentView.of(consent, now);
    }

    private Consent consent(Caller caller, UUID id, Action action, JournalAction attempted) {
        Consent consent = consents.find(id).orElseThrow(() -> new NotFoundException("consent"));
        followed(caller, consent.personId(), action, attempted);
        return consent;
    }

    private Person followed(Caller caller, UUID personId, Action action, JournalAction attempted) {
        return access.followedUsager(caller, personId, action, attempted);
    }

    private void requireMayReceive(String field, String code, Set<FieldCategory> categories) {
        Organisation recipient = code == null
                ? null
                : organisations
                        .find(code)
                        .filter(o -> o.isActive() && o.kind().isPartner())
                        .orElse(null);
        if (recipient == null) {
            throw new InvalidInputException(field, "names no partner organisation");
        }
        for (FieldCategory category : categories) {
            if (!recipient.kind().mayEverReceive(category)) {
                throw new InvalidInputException(
                        field, "may never receive " + category + " data (S4: health never goes to the CAF)");
            }
        }
    }

    private static Set<FieldCategory> categories(Set<FieldCategory> categories) {
        if (categories == null || categories.isEmpty()) {
            throw new InvalidInputException("categories", "is required (at least one category)");
        }
        if (categories.contains(null)) {
            throw new InvalidInputException("categories", "holds an empty category");
        }
        return categories;
    }

    private static Instant past(String field, Instant at, Instant now) {
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException(field, "is in the future");
        }
        return at;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        return body;
    }
}
