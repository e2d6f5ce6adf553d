package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.journal.AccessJournal;
import org.passerelle.application.journal.JournalAction;
import org.passerelle.application.journal.Target;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.crypto.InvalidNirException;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.Field;

/** Use cases on usagers for CCAS staff. */
@ApplicationScoped
public class PersonService {

    static final Set<Field> PERSON_FIELDS = EnumSet.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES,
            Field.PERSON_BIRTH_NAME, Field.PERSON_BIRTH_DATE, Field.PERSON_NIR, Field.PERSON_ADDRESS,
            Field.PERSON_PHONE, Field.PERSON_EMAIL, Field.PERSON_PREFERRED_LANGUAGE, Field.PERSON_CONTACT_CHANNEL);

    @Inject
    PersonRepository persons;

    @Inject
    DossierAccess access;

    @Inject
    SealedValues sealed;

    @Inject
    FieldProtection protection;

    @Inject
    AccessJournal journal;

    /** Registers an usager in the caller's CCAS. */
    @Transactional
    public PersonView register(Caller caller, PersonDetails details) {
        AccessDecision decision = access.requireNewPerson(caller, Action.WRITE, JournalAction.CREATE);
        Map<Field, String> values = validated(details, true);
        String organisation = caller.organisation();
        Person person = new Person(organisation, protection.primaryKeyVersion(organisation));
        normaliseNirAndCheckUnique(person, values);
        sealed.write(person, values, decision);
        reindex(person);
        persons.add(person);
        journal.allowed(caller, JournalAction.CREATE, target(person), given(values), decision.reasonCode());
        return view(person, access.toPerson(caller, person, Action.READ, false));
    }

    @Transactional
    public PersonView read(Caller caller, UUID id, boolean revealNir) {
        Person person = persons.find(id).orElseThrow(() -> new NotFoundException("usager"));
        AccessDecision decision = access.requirePerson(caller, person, Action.READ, revealNir, Set.of(),
                JournalAction.READ);
        PersonView view = view(person, decision);
        journal.allowed(caller, JournalAction.READ, target(person), view.fields().values().keySet(),
                decision.reasonCode());
        return view;
    }

    /** Changes the given fields (null ones stay as they are) of the version the caller read. */
    @Transactional
    public PersonView update(Caller caller, UUID id, long expectedVersion, PersonDetails details) {
        Person person = persons.find(id).orElseThrow(() -> new NotFoundException("usager"));
        AccessDecision decision = access.requirePerson(caller, person, Action.WRITE, false, Set.of(),
                JournalAction.UPDATE);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        Map<Field, String> values = validated(details, false);
        normaliseNirAndCheckUnique(person, values);
        sealed.write(person, values, decision);
        reindex(person);
        person.touch();
        persons.flush();
        journal.allowed(caller, JournalAction.UPDATE, target(person), given(values), decision.reasonCode());
        return view(person, access.toPerson(caller, person, Action.READ, false));
    }

    /** Finds usagers of the caller's CCAS by NIR (given only in a request body: S8). */
    @Transactional
    public List<PersonView> searchByNir(Caller caller, String nirText) {
        Nir nir = nir(Inputs.required("nir", nirText, 40));
        requireSearchAllowed(caller);
        return views(caller, persons.findByNirIndex(caller.organisation(),
                protection.nirIndex(caller.organisation(), nir)), Set.of(Field.PERSON_NIR));
    }

    /** Finds usagers of the caller's CCAS by names and birth date. */
    @Transactional
    public List<PersonView> searchByName(Caller caller, String lastName, String firstNames, LocalDate birthDate) {
        Map<Field, String> values = nameCriteria(lastName, firstNames, birthDate);
        requireSearchAllowed(caller);
        return views(caller, persons.findByNameIndex(caller.organisation(),
                protection.nameIndex(caller.organisation(), nameOf(values))), values.keySet());
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
            journal.allowed(caller, JournalAction.SEARCH, Target.organisation(caller.organisation()), criteria,
                    "no-match");
            return List.of();
        }
        return found.stream().map(person -> {
            AccessDecision decision = access.toPerson(caller, person, Action.READ, false);
            PersonView view = decision.allowed() ? view(person, decision)
                    : new PersonView(person.id(), person.version(), false, new SealedView(Map.of()));
            journal.allowed(caller, JournalAction.SEARCH, target(person), view.fields().values().keySet(),
                    decision.reasonCode());
            return view;
        }).toList();
    }

    private static Target target(Person person) {
        return Target.person(person.organisationCode(), person.id());
    }

    /** The fields a write gave a value to. */
    private static Set<Field> given(Map<Field, String> values) {
        Set<Field> given = EnumSet.noneOf(Field.class);
        values.forEach((field, value) -> {
            if (value != null) {
                given.add(field);
            }
        });
        return given;
    }

    private PersonView view(Person person, AccessDecision decision) {
        return new PersonView(person.id(), person.version(), true, sealed.open(person, PERSON_FIELDS, decision));
    }

    /** Replaces a given NIR by its canonical form; refuses one another usager of the CCAS has. */
    private void normaliseNirAndCheckUnique(Person person, Map<Field, String> values) {
        Nir nir = nir(values.get(Field.PERSON_NIR));
        if (nir == null) {
            return;
        }
        persons.findByNirIndex(person.organisationCode(), protection.nirIndex(person.organisationCode(), nir))
                .stream().filter(other -> !other.id().equals(person.id())).findFirst()
                .ifPresent(other -> {
                    throw new DuplicatePersonException(other.id());
                });
        values.put(Field.PERSON_NIR, nir.value());
    }

    /** Recomputes the blind indexes from the row's sealed values. */
    private void reindex(Person person) {
        String organisation = person.organisationCode();
        Map<Field, String> identity = new EnumMap<>(Field.class);
        for (Field field : List.of(Field.PERSON_LAST_NAME, Field.PERSON_FIRST_NAMES, Field.PERSON_BIRTH_DATE)) {
            identity.put(field, protection.open(person, field));
        }
        String nir = protection.open(person, Field.PERSON_NIR);
        person.indexBy(nir == null ? null : protection.nirIndex(organisation, Nir.parse(nir)),
                protection.nameIndex(organisation, nameOf(identity)));
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
        return new NameAndBirthDate(values.get(Field.PERSON_LAST_NAME) + " " + values.get(Field.PERSON_FIRST_NAMES),
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

    private static Map<Field, String> validated(PersonDetails d, boolean creating) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.PERSON_LAST_NAME, creating ? Inputs.required("lastName", d.lastName(), Inputs.NAME_MAX)
                : Inputs.optional("lastName", d.lastName(), Inputs.NAME_MAX));
        values.put(Field.PERSON_FIRST_NAMES, creating ? Inputs.required("firstNames", d.firstNames(), Inputs.NAME_MAX)
                : Inputs.optional("firstNames", d.firstNames(), Inputs.NAME_MAX));
        if (creating && d.birthDate() == null) {
            throw new InvalidInputException("birthDate", "is required");
        }
        if (d.birthDate() != null) {
            if (d.birthDate().isAfter(LocalDate.now()) || d.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
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
