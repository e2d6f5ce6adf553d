package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.Grant;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Opener;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.crypto.InvalidNirException;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.failure.StaleVersionException;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonHistory;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.domain.person.PersonRevision;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.NirDisclosure;
import org.passerelle.secrecy.NirRevealReason;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.Role;

/** Use cases on usagers for CCAS staff. */
@ApplicationScoped
public class PersonService {

    static final Set<Field> PERSON_FIELDS = EnumSet.of(
            Field.PERSON_LAST_NAME,
            Field.PERSON_FIRST_NAMES,
            Field.PERSON_BIRTH_NAME,
            Field.PERSON_BIRTH_DATE,
            Field.PERSON_NIR,
            Field.PERSON_ADDRESS,
            Field.PERSON_PHONE,
            Field.PERSON_EMAIL,
            Field.PERSON_PREFERRED_LANGUAGE,
            Field.PERSON_CONTACT_CHANNEL);

    private static final List<Field> NAME_PARTS =
            List.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.PERSON_BIRTH_DATE);

    /** Forbidden: the full NIR is for the référent and team of one of the usager's dossiers (S8). */
    static final String NIR_REVEAL_NOT_PERMITTED = "nir-reveal-not-permitted";
    /** Forbidden: searching by NIR is for agents; reception never handles it (S8). */
    static final String NIR_SEARCH_NOT_PERMITTED = "nir-search-not-permitted";
    /** A registration or update gave a NIR another usager of the CCAS already has. */
    static final String DUPLICATE_NIR = "duplicate-nir";

    @Inject
    PersonRepository persons;

    @Inject
    DossierAccess access;

    @Inject
    FieldProtection protection;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    PersonHistory history;

    /**
     * Registers an usager in the caller's CCAS: one CREATE entry names the fields written and shown
     * back. The blind indexes come from the values in hand.
     */
    @Transactional
    public PersonView register(Caller caller, PersonDetails details) {
        AccessDecision decision = access.requireNewPerson(caller, Action.WRITE, JournalAction.CREATE);
        Map<Field, String> values = validated(details, true);
        String organisation = caller.organisation();
        Person person = new Person(organisation, protection.primaryKeyVersion(organisation), clock.instant());
        normaliseNirAndCheckUnique(caller, JournalAction.CREATE, person, values);
        PersonView view = gate.open(caller, JournalAction.CREATE, Target.of(person), Grant.of(decision), opener -> {
            SealedValues.write(opener, person, values);
            index(person, values);
            return view(opener, person, decision);
        });
        persons.add(person);
        return view;
    }

    /** An usager as the caller may see them; the NIR masked (S8: {@link #revealNir} shows it). */
    @Transactional
    public PersonView read(Caller caller, UUID id) {
        Person person = persons.find(id).orElseThrow(() -> new NotFoundException("usager"));
        AccessDecision decision =
                access.requirePerson(caller, person, Action.READ, false, Set.of(), JournalAction.READ);
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(person),
                Grant.of(decision),
                opener -> view(opener, person, decision));
    }

    /**
     * The usager's NIR in full (S8), for one of the coded reasons: an action of its own, journaled
     * with its reason, and only for the référent and team of one of the usager's dossiers.
     */
    @Transactional
    public String revealNir(Caller caller, UUID id, NirRevealReason reason) {
        Person person = persons.find(id).orElseThrow(() -> new NotFoundException("usager"));
        if (reason == null) {
            throw new InvalidInputException(
                    "reason", "is required (one of " + Arrays.toString(NirRevealReason.values()) + ")");
        }
        AccessDecision decision =
                access.requirePerson(caller, person, Action.READ, true, Set.of(), JournalAction.NIR_REVEAL);
        if (decision.nir() != NirDisclosure.FULL) {
            throw gate.refuse(
                    caller,
                    JournalAction.NIR_REVEAL,
                    Target.of(person),
                    Set.of(Field.PERSON_NIR),
                    Outcome.FORBIDDEN,
                    NIR_REVEAL_NOT_PERMITTED);
        }
        return gate.open(
                caller,
                JournalAction.NIR_REVEAL,
                Target.of(person),
                Grant.of(reason.reasonCode(), Set.of(Field.PERSON_NIR)),
                opener -> opener.open(person, Field.PERSON_NIR));
    }

    /** Changes the given fields (null ones stay as they are) of the version the caller read. */
    @Transactional
    public PersonView update(Caller caller, UUID id, long expectedVersion, PersonDetails details) {
        Person person = persons.find(id).orElseThrow(() -> new NotFoundException("usager"));
        AccessDecision decision =
                access.requirePerson(caller, person, Action.WRITE, false, Set.of(), JournalAction.UPDATE);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        Map<Field, String> values = validated(details, false);
        normaliseNirAndCheckUnique(caller, JournalAction.UPDATE, person, values);
        return gate.open(caller, JournalAction.UPDATE, Target.of(person), Grant.of(decision), opener -> {
            SealedValues.write(opener, person, values);
            reindex(opener, person, values);
            person.touch(clock.instant());
            persons.flush();
            return view(opener, person, decision);
        });
    }

    /**
     * Who changed which identity and contact fields of the usager when (a rectification, GDPR art.
     * 16, leaves this trace); the new values only of the fields the caller may see now, the NIR
     * masked as on reading. A read of the usager, journaled as one.
     */
    @Transactional
    public List<HistoryEntry> history(Caller caller, UUID id) {
        Person current = persons.find(id).orElseThrow(() -> new NotFoundException("usager"));
        AccessDecision decision =
                access.requirePerson(caller, current, Action.READ, false, Set.of(), JournalAction.READ);
        return gate.open(caller, JournalAction.READ, Target.of(current), Grant.of(decision), opener -> {
            List<HistoryEntry> entries = new ArrayList<>();
            Person previous = null;
            for (PersonRevision revision : history.revisions(id)) {
                Person snapshot = revision.snapshot();
                List<String> changed = new ArrayList<>();
                Set<Field> changedSealed = EnumSet.noneOf(Field.class);
                for (Field field : PERSON_FIELDS) {
                    if (!Arrays.equals(snapshot.sealed(field), previous == null ? null : previous.sealed(field))) {
                        changed.add(field.key());
                        changedSealed.add(field);
                    }
                }
                previous = snapshot;
                if (changed.isEmpty()) {
                    continue; // a revision of what is not identity or contact (a date of last change)
                }
                SealedView values = SealedValues.open(opener, snapshot, changedSealed, decision);
                entries.add(new HistoryEntry(
                        revision.revision().at(), revision.revision().username(), revision.kind(), changed, values));
            }
            return entries;
        });
    }

    /**
     * Finds usagers of the caller's CCAS by NIR (given only in a request body: S8); agents only, since
     * reception never handles the NIR.
     */
    @Transactional
    public List<PersonView> searchByNir(Caller caller, String nirText) {
        Nir nir = nir(Inputs.required("nir", nirText, 40));
        requireSearchAllowed(caller);
        if (!caller.has(Role.CCAS_AGENT)) {
            throw gate.refuse(
                    caller,
                    JournalAction.SEARCH,
                    Target.organisation(caller.organisation()),
                    Set.of(Field.PERSON_NIR),
                    Outcome.FORBIDDEN,
                    NIR_SEARCH_NOT_PERMITTED);
        }
        return views(
                caller,
                persons.findByNirIndex(caller.organisation(), protection.nirIndex(caller.organisation(), nir)),
                Set.of(Field.PERSON_NIR));
    }

    /** Finds usagers of the caller's CCAS by names and birth date. */
    @Transactional
    public List<PersonView> searchByName(Caller caller, String lastName, String firstNames, LocalDate birthDate) {
        Map<Field, String> values = nameCriteria(lastName, firstNames, birthDate);
        requireSearchAllowed(caller);
        return views(
                caller,
                persons.findByNameIndex(
                        caller.organisation(), protection.nameIndex(caller.organisation(), nameOf(values))),
                values.keySet());
    }

    private void requireSearchAllowed(Caller caller) {
        // Searching is what any CCAS staff member does before registering.
        access.requireNewPerson(caller, Action.READ, JournalAction.SEARCH);
    }

    /**
     * The persons found, each journaled as one search access with the fields it shows (a person
     * the caller may not open is listed as inaccessible, so that nobody registers them twice); a
     * search that finds nobody is journaled once with the criteria's fields.
     */
    private List<PersonView> views(Caller caller, List<Person> found, Set<Field> criteria) {
        if (found.isEmpty()) {
            gate.record(caller, JournalAction.SEARCH, Target.organisation(caller.organisation()), criteria, "no-match");
            return List.of();
        }
        return found.stream()
                .map(person -> {
                    AccessDecision decision = access.toPerson(caller, person, Action.READ, false);
                    if (!decision.allowed()) {
                        gate.record(caller, JournalAction.SEARCH, Target.of(person), Set.of(), decision.reasonCode());
                        return new PersonView(person.id(), person.version(), false, new SealedView(Map.of()));
                    }
                    return gate.open(
                            caller,
                            JournalAction.SEARCH,
                            Target.of(person),
                            Grant.of(decision),
                            opener -> view(opener, person, decision));
                })
                .toList();
    }

    private static PersonView view(Opener opener, Person person, AccessDecision decision) {
        return new PersonView(
                person.id(), person.version(), true, SealedValues.open(opener, person, PERSON_FIELDS, decision));
    }

    /**
     * Replaces a given NIR by its canonical form; refuses one another usager of the CCAS has (409).
     * The other usager's id is told only to a caller who may open them, and what the caller learnt
     * (that this NIR is on record) is journaled against that usager.
     */
    private void normaliseNirAndCheckUnique(
            Caller caller, JournalAction attempted, Person person, Map<Field, String> values) {
        Nir nir = nir(values.get(Field.PERSON_NIR));
        if (nir == null) {
            return;
        }
        persons.findByNirIndex(person.organisationCode(), protection.nirIndex(person.organisationCode(), nir)).stream()
                .filter(other -> !other.id().equals(person.id()))
                .findFirst()
                .ifPresent(other -> {
                    boolean mayOpen =
                            access.toPerson(caller, other, Action.READ, false).allowed();
                    // Journaled apart (the registration rolls back), like a conflict on an orientation.
                    gate.refuse(
                            caller,
                            attempted,
                            Target.of(other),
                            Set.of(Field.PERSON_NIR),
                            Outcome.FORBIDDEN,
                            DUPLICATE_NIR);
                    throw new DuplicatePersonException(mayOpen ? other.id() : null);
                });
        values.put(Field.PERSON_NIR, nir.value());
    }

    /** A new usager's blind indexes, from the values in hand. */
    private void index(Person person, Map<Field, String> values) {
        String organisation = person.organisationCode();
        String nir = values.get(Field.PERSON_NIR);
        person.indexBy(
                nir == null ? null : protection.nirIndex(organisation, Nir.parse(nir)),
                protection.nameIndex(organisation, nameOf(values)));
    }

    /**
     * The blind indexes after an update: from the values given, opening the name parts not given
     * only when another part changed (they are named in the update's entry then).
     */
    private void reindex(Opener opener, Person person, Map<Field, String> given) {
        String organisation = person.organisationCode();
        byte[] nirIndex = given.containsKey(Field.PERSON_NIR)
                ? protection.nirIndex(organisation, Nir.parse(given.get(Field.PERSON_NIR)))
                : person.nirIndex();
        byte[] nameIndex = person.nameIndex();
        if (NAME_PARTS.stream().anyMatch(given::containsKey)) {
            Map<Field, String> name = new EnumMap<>(Field.class);
            for (Field part : NAME_PARTS) {
                name.put(part, given.containsKey(part) ? given.get(part) : opener.open(person, part));
            }
            nameIndex = protection.nameIndex(organisation, nameOf(name));
        }
        person.indexBy(nirIndex, nameIndex);
    }

    /** A search's names and birth date, checked (422 naming the field): all three are needed. */
    static Map<Field, String> nameCriteria(String lastName, String firstNames, LocalDate birthDate) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.PERSON_LAST_NAME, Inputs.required("lastName", lastName, Inputs.NAME_MAX));
        values.put(Field.PERSON_FIRST_NAMES, Inputs.required("firstNames", firstNames, Inputs.NAME_MAX));
        if (birthDate == null) {
            throw new InvalidInputException("birthDate", "is required");
        }
        values.put(Field.PERSON_BIRTH_DATE, birthDate.toString());
        return values;
    }

    static NameAndBirthDate nameOf(Map<Field, String> values) {
        return new NameAndBirthDate(
                values.get(Field.PERSON_LAST_NAME) + " " + values.get(Field.PERSON_FIRST_NAMES),
                LocalDate.parse(values.get(Field.PERSON_BIRTH_DATE)));
    }

    static Nir nir(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Nir.parse(value);
        } catch (InvalidNirException e) {
            throw new InvalidInputException("nir", "is not a valid NIR (format or control key)");
        }
    }

    private Map<Field, String> validated(PersonDetails d, boolean creating) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(
                Field.PERSON_LAST_NAME,
                creating
                        ? Inputs.required("lastName", d.lastName(), Inputs.NAME_MAX)
                        : Inputs.optional("lastName", d.lastName(), Inputs.NAME_MAX));
        values.put(
                Field.PERSON_FIRST_NAMES,
                creating
                        ? Inputs.required("firstNames", d.firstNames(), Inputs.NAME_MAX)
                        : Inputs.optional("firstNames", d.firstNames(), Inputs.NAME_MAX));
        if (creating && d.birthDate() == null) {
            throw new InvalidInputException("birthDate", "is required");
        }
        if (d.birthDate() != null) {
            if (d.birthDate().isAfter(LocalDate.now(clock)) || d.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
                throw new InvalidInputException("birthDate", "is not a plausible birth date");
            }
            values.put(Field.PERSON_BIRTH_DATE, d.birthDate().toString());
        }
        values.put(Field.PERSON_BIRTH_NAME, Inputs.optional("birthName", d.birthName(), Inputs.NAME_MAX));
        values.put(Field.PERSON_NIR, Inputs.optional("nir", d.nir(), 40));
        values.put(Field.PERSON_ADDRESS, Inputs.optional("address", d.address(), Inputs.SHORT_MAX));
        values.put(Field.PERSON_PHONE, Inputs.optional("phone", d.phone(), 40));
        values.put(Field.PERSON_EMAIL, Inputs.optional("email", d.email(), 254));
        values.put(Field.PERSON_PREFERRED_LANGUAGE, Inputs.optional("preferredLanguage", d.preferredLanguage(), 35));
        values.put(Field.PERSON_CONTACT_CHANNEL, Inputs.optional("contactChannel", d.contactChannel(), 40));
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }
}
