package org.passerelle.application.journal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentRepository;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.journal.JournalEntry;
import org.passerelle.journal.JournalQueries;
import org.passerelle.report.AccessReport;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/**
 * The access report of one usager (S14, GDPR art. 15), produced by the DPO of the CCAS that holds
 * them: the categories held, the purposes, the organisations their data may go to, and every
 * consultation and disclosure the journal recorded (a delivery to a partner's system once per
 * message that reached it, to that partner: {@link DeliveredDisclosures}), staff names left out
 * unless asked for.
 * Producing it is journaled as an export of the usager's identity.
 */
@ApplicationScoped
public class AccessReports {

    /** What the CCAS itself processes the data for (CASF L123-5). */
    static final String OWN_PURPOSE = "accompagnement-social";

    private static final Set<String> CONSULTATIONS = Set.of("READ", "SEARCH", "NIR_REVEAL");
    private static final Set<String> DISCLOSURES = Set.of("SHARE");
    private static final Set<Field> NAMED_BY =
            EnumSet.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.PERSON_BIRTH_DATE);
    private static final int ACCESSES_MAX = 100_000;

    @Resource(lookup = "java:jboss/datasources/PasserelleDS")
    DataSource dataSource;

    @Inject
    PersonRepository persons;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    ConsentRepository consents;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    JournalSettings settings;

    @Transactional
    public AccessReport produce(Caller caller, UUID personId, boolean includeStaffNames) {
        Person found = personId == null ? null : persons.find(personId).orElse(null);
        gate.requireRole(
                caller,
                JournalAction.EXPORT,
                found == null ? Target.organisation(caller.organisation()) : Target.of(found),
                Role.AUDITOR);
        if (found == null) {
            throw new NotFoundException("usager");
        }
        if (!found.organisationCode().equals(caller.organisation())) {
            // Another CCAS's usager: their DPO's to report on, and not this one's to know of.
            throw gate.refuse(
                    caller, JournalAction.EXPORT, Target.of(found), Set.of(), Outcome.NOT_FOUND, "other-organisation");
        }
        List<AccessReport.Access> accesses = accesses(caller, found);
        return gate.export(
                caller,
                Target.of(found),
                Grant.of("access-report", NAMED_BY),
                accesses.size(),
                opener -> new AccessReport(
                        UUID.randomUUID().toString(),
                        clock.instant(),
                        caller.username(),
                        organisationName(caller.organisation()),
                        displayName(opener, found),
                        categoriesHeld(found),
                        purposes(found),
                        recipients(found),
                        accesses,
                        includeStaffNames));
    }

    private static String displayName(Opener opener, Person person) {
        LocalDate born = LocalDate.parse(opener.open(person, Field.PERSON_BIRTH_DATE));
        return opener.open(person, Field.PERSON_FIRST_NAMES) + " "
                + opener.open(person, Field.PERSON_LAST_NAME).toUpperCase(Locale.FRENCH) + ", né(e) le "
                + born.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private List<String> categoriesHeld(Person person) {
        Set<FieldCategory> held = EnumSet.noneOf(FieldCategory.class);
        for (Field field : Field.values()) {
            if (field.key().startsWith("person.") && person.sealed(field) != null) {
                held.add(field.category());
            }
        }
        for (CaseFile caseFile : caseFiles.findByPerson(person.id())) {
            for (Field field : Field.values()) {
                if (field.key().startsWith("case.") && caseFile.sealed(field) != null) {
                    held.add(field.category());
                }
            }
            if (!caseFiles.notes(caseFile.id()).isEmpty()) {
                held.add(FieldCategory.NOTES);
            }
        }
        return held.stream().map(Enum::name).toList();
    }

    private List<String> purposes(Person person) {
        Set<String> purposes = new LinkedHashSet<>(List.of(OWN_PURPOSE));
        consents.consentsOf(person.id()).forEach(c -> purposes.add(c.purpose()));
        return List.copyOf(purposes);
    }

    private List<AccessReport.Recipient> recipients(Person person) {
        List<AccessReport.Recipient> recipients = new ArrayList<>();
        for (Consent consent : consents.consentsOf(person.id())) {
            Instant until = consent.withdrawnAt() != null
                    ? consent.withdrawnAt()
                    : consent.expiresOn() == null
                            ? null
                            : consent.expiresOn()
                                    .plusDays(1)
                                    .atStartOfDay(Consent.ZONE)
                                    .toInstant();
            recipients.add(new AccessReport.Recipient(
                    consent.recipient(),
                    organisationName(consent.recipient()),
                    consent.purpose(),
                    consent.categories().stream().map(Enum::name).toList(),
                    consent.givenAt(),
                    until));
        }
        return recipients;
    }

    private List<AccessReport.Access> accesses(Caller caller, Person person) {
        JournalQueries.Criteria criteria = new JournalQueries.Criteria(
                caller.organisation(), person.id(), null, null, null, null, "ALLOW", null, null);
        try (Connection c = dataSource.getConnection()) {
            List<JournalQueries.Hit> hits = settings.search(c, criteria, clock.instant(), 0, ACCESSES_MAX);
            List<JournalEntry> entries =
                    hits.stream().map(JournalQueries.Hit::entry).toList();
            Set<Long> unverified = hits.stream()
                    .filter(h -> !h.verified())
                    .map(h -> h.entry().id())
                    .collect(Collectors.toSet());
            List<AccessReport.Access> accesses = new ArrayList<>();
            for (JournalEntry e : DeliveredDisclosures.of(entries)) {
                String kind = CONSULTATIONS.contains(e.action())
                        ? AccessReport.Access.CONSULTATION
                        : DISCLOSURES.contains(e.action()) ? AccessReport.Access.DISCLOSURE : null;
                if (kind == null) {
                    continue;
                }
                List<String> categories = e.fields().stream()
                        .map(Field::byKey)
                        .flatMap(java.util.Optional::stream)
                        .map(f -> f.category().name())
                        .distinct()
                        .toList();
                accesses.add(new AccessReport.Access(
                        e.at(),
                        kind,
                        organisationName(e.organisation()),
                        e.purpose() != null ? e.purpose() : OWN_PURPOSE,
                        categories,
                        e.username(),
                        !unverified.contains(e.id())));
            }
            return accesses;
        } catch (SQLException e) {
            throw new JournalUnavailableException(e);
        }
    }

    private String organisationName(String code) {
        return code == null
                ? "Passerelle"
                : organisations.find(code).map(Organisation::name).orElse(code);
    }
}
