package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.access.Target;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.crypto.Nir;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Role;

/**
 * The DPO finds an usager of their CCAS to act on a request (restriction S15, access report S14):
 * by NIR or by names and birth date, given in a request body only (S8), matched through the blind
 * indexes. The answer holds ids only, never a name: the DPO reads metadata, not dossiers. Each
 * search is journaled as the DPO's own work (AUDIT), one entry per usager found (the criteria's
 * field keys, never their values), or one with no usager when none matched.
 */
@ApplicationScoped
public class PersonIdsSearch {

    static final String FOUND = "usager-search";
    static final String NO_MATCH = "no-match";

    @Inject
    PersonRepository persons;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    DossierAccess access;

    @Inject
    FieldProtection protection;

    @Inject
    AccessGate gate;

    @Transactional
    public List<PersonIds> byNir(Caller caller, String nirText) {
        requireDpoOfCcas(caller);
        Nir nir = PersonService.nir(Inputs.required("nir", nirText, 40));
        return found(
                caller,
                persons.findByNirIndex(caller.organisation(), protection.nirIndex(caller.organisation(), nir)),
                Set.of(Field.PERSON_NIR));
    }

    @Transactional
    public List<PersonIds> byName(Caller caller, String lastName, String firstNames, LocalDate birthDate) {
        requireDpoOfCcas(caller);
        Map<Field, String> criteria = PersonService.nameCriteria(lastName, firstNames, birthDate);
        return found(
                caller,
                persons.findByNameIndex(
                        caller.organisation(),
                        protection.nameIndex(caller.organisation(), PersonService.nameOf(criteria))),
                criteria.keySet());
    }

    private void requireDpoOfCcas(Caller caller) {
        gate.requireRole(caller, JournalAction.AUDIT, Role.AUDITOR);
        access.requireActiveCcas(caller);
    }

    private List<PersonIds> found(Caller caller, List<Person> found, Set<Field> criteria) {
        if (found.isEmpty()) {
            gate.record(caller, JournalAction.AUDIT, Target.organisation(caller.organisation()), criteria, NO_MATCH);
            return List.of();
        }
        return found.stream()
                .map(person -> {
                    gate.record(caller, JournalAction.AUDIT, Target.of(person), criteria, FOUND);
                    List<PersonIds.CaseFileIds> files = caseFiles.findByPerson(person.id()).stream()
                            .sorted(Comparator.comparing(CaseFile::openedAt).reversed())
                            .map(c -> new PersonIds.CaseFileIds(c.id(), c.isRestricted()))
                            .toList();
                    return new PersonIds(person.id(), files);
                })
                .toList();
    }
}
