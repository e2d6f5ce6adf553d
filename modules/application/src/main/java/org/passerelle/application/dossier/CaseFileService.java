package org.passerelle.application.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
import org.passerelle.domain.casefile.CaseClosedException;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileHistory;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.CaseFileRevision;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.domain.casefile.Note;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.domain.failure.StaleVersionException;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;
import org.passerelle.secrecy.AccessDecision;
import org.passerelle.secrecy.Action;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

/** Use cases on dossiers and their notes for CCAS staff. */
@ApplicationScoped
public class CaseFileService {

    static final Set<Field> SITUATION_FIELDS = EnumSet.of(
            Field.CASE_HOUSEHOLD,
            Field.CASE_RESOURCES,
            Field.CASE_HOUSING,
            Field.CASE_HEALTH_NOTES,
            Field.CASE_RSA_STATUS);
    private static final Set<Field> NOTE_FIELDS = EnumSet.of(Field.NOTE_BODY);
    private static final int TEAM_MAX = 20;

    @Inject
    CaseFileRepository caseFiles;

    @Inject
    LastContact lastContact;

    @Inject
    PersonRepository persons;

    @Inject
    DossierAccess access;

    @Inject
    FieldProtection protection;

    @Inject
    CaseFileHistory history;

    @Inject
    AccessGate gate;

    @Inject
    Clock clock;

    @Inject
    Event<CaseFileClosed> closed;

    /** Opens a dossier for an usager of the caller's CCAS; the caller becomes its référent. */
    @Transactional
    public CaseFileView open(Caller caller, UUID personId, SituationDetails situation, Set<String> team) {
        Person person = persons.find(personId).orElseThrow(() -> new NotFoundException("usager"));
        access.requirePerson(caller, person, Action.WRITE, false, Set.of(), JournalAction.CREATE);
        AccessDecision asReferent = access.requireNewCaseFile(caller, person, SITUATION_FIELDS);
        CaseFile caseFile = new CaseFile(
                person.organisationCode(),
                person.id(),
                caller.username(),
                protection.primaryKeyVersion(person.organisationCode()),
                clock.instant());
        caseFile.assign(caller.username(), validTeam(team));
        Map<Field, String> values = validated(situation);
        Grant grant = Grant.of(asReferent);
        CaseFileView view = gate.open(caller, JournalAction.CREATE, Target.of(caseFile), grant, opener -> {
            SealedValues.write(opener, caseFile, values);
            return view(opener, caseFile, asReferent);
        });
        caseFiles.add(caseFile);
        return view;
    }

    /**
     * The dossiers of an usager the caller may read, newest first. Nothing protected is listed, so
     * nothing is journaled here; opening one is (read).
     */
    @Transactional
    public List<CaseFileSummary> ofPerson(Caller caller, UUID personId) {
        Person person = persons.find(personId).orElseThrow(() -> new NotFoundException("usager"));
        access.requirePerson(caller, person, Action.READ, false, Set.of(), JournalAction.READ);
        return caseFiles.findByPerson(personId).stream()
                .map(c -> new CaseFileSummary(c.id(), c.status(), c.referent(), c.openedAt()))
                .sorted(Comparator.comparing(CaseFileSummary::openedAt).reversed())
                .toList();
    }

    @Transactional
    public CaseFileView read(Caller caller, UUID id) {
        CaseFile caseFile = find(id);
        AccessDecision decision =
                access.requireCaseFile(caller, caseFile, Action.READ, SITUATION_FIELDS, JournalAction.READ);
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(caseFile),
                Grant.of(decision),
                opener -> view(opener, caseFile, decision));
    }

    /** Changes the given situation fields (null ones stay) of the version the caller read. */
    @Transactional
    public CaseFileView update(Caller caller, UUID id, long expectedVersion, SituationDetails situation) {
        CaseFile caseFile = find(id);
        AccessDecision decision = writable(caller, caseFile, expectedVersion);
        Map<Field, String> values = validated(situation);
        return gate.open(caller, JournalAction.UPDATE, Target.of(caseFile), Grant.of(decision), opener -> {
            SealedValues.write(opener, caseFile, values);
            caseFiles.flush();
            lastContact.dossier(caseFile);
            return view(opener, caseFile, decision);
        });
    }

    @Transactional
    public CaseFileView assign(Caller caller, UUID id, long expectedVersion, String referent, Set<String> team) {
        CaseFile caseFile = find(id);
        // The référent and team, or the CCAS manager, who opens nothing of the dossier (issue 18).
        AccessDecision decision = access.requireAssignment(caller, caseFile, SITUATION_FIELDS);
        current(caseFile, expectedVersion);
        caseFile.assign(Inputs.username("referent", referent), validTeam(team));
        caseFiles.flush();
        // The caller may have just removed themselves: answer with what they may still see.
        return gate.open(
                caller,
                JournalAction.UPDATE,
                Target.of(caseFile),
                Grant.of(decision),
                opener -> DossierAccess.assigned(caller, caseFile)
                        ? view(opener, caseFile, decision)
                        : metadataOnly(caseFile));
    }

    /**
     * Closes the dossier (S7): its team's and the partners' access ends, and its open orientations
     * are cancelled in the same transaction, the partners told, so that reopening it revives none.
     */
    @Transactional
    public CaseFileView close(Caller caller, UUID id, long expectedVersion) {
        CaseFile caseFile = find(id);
        AccessDecision decision = writable(caller, caseFile, expectedVersion);
        caseFile.close(clock.instant());
        closed.fire(new CaseFileClosed(caller, caseFile.id()));
        caseFiles.flush();
        return changed(caller, caseFile, decision);
    }

    /** Reopens a closed dossier for those who followed it; a contact with the usager (they came back). */
    @Transactional
    public CaseFileView reopen(Caller caller, UUID id, long expectedVersion) {
        CaseFile caseFile = find(id);
        AccessDecision decision =
                access.requireCaseFile(caller, caseFile, Action.WRITE, SITUATION_FIELDS, JournalAction.UPDATE);
        if (caseFile.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        caseFile.reopen();
        caseFiles.flush();
        lastContact.dossier(caseFile);
        return changed(caller, caseFile, decision);
    }

    /** The dossier as its changer may now see it, the change journaled as an UPDATE of what it shows. */
    private CaseFileView changed(Caller caller, CaseFile caseFile, AccessDecision decision) {
        return gate.open(
                caller,
                JournalAction.UPDATE,
                Target.of(caseFile),
                Grant.of(decision),
                opener -> view(opener, caseFile, decision));
    }

    @Transactional
    public NoteView addNote(Caller caller, UUID caseFileId, NoteType type, FieldCategory category, String body) {
        CaseFile caseFile = find(caseFileId);
        AccessDecision decision =
                access.requireCaseFile(caller, caseFile, Action.WRITE, NOTE_FIELDS, JournalAction.CREATE);
        if (caseFile.status() == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseFileId);
        }
        if (type == null) {
            throw new InvalidInputException("type", "is required (INTERNE or PARTAGEABLE)");
        }
        if (category == null) {
            throw new InvalidInputException("category", "is required");
        }
        Note note = new Note(
                caseFile,
                type,
                category,
                caller.username(),
                protection.primaryKeyVersion(caseFile.organisationCode()),
                clock.instant());
        String text = Inputs.required("body", body, Inputs.TEXT_MAX);
        NoteView view = gate.open(caller, JournalAction.CREATE, Target.of(caseFile), Grant.of(decision), opener -> {
            SealedValues.write(opener, note, Map.of(Field.NOTE_BODY, text));
            return noteView(opener, note, decision);
        });
        caseFiles.addNote(note);
        lastContact.dossier(caseFile);
        return view;
    }

    @Transactional
    public List<NoteView> notes(Caller caller, UUID caseFileId) {
        CaseFile caseFile = find(caseFileId);
        AccessDecision decision =
                access.requireCaseFile(caller, caseFile, Action.READ, NOTE_FIELDS, JournalAction.READ);
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(caseFile),
                Grant.of(decision),
                opener -> caseFiles.notes(caseFileId).stream()
                        .map(note -> noteView(opener, note, decision))
                        .toList());
    }

    /** Who changed which field when; values only for the fields the caller may see now. */
    @Transactional
    public List<HistoryEntry> history(Caller caller, UUID id) {
        CaseFile current = find(id);
        AccessDecision decision =
                access.requireCaseFile(caller, current, Action.READ, SITUATION_FIELDS, JournalAction.READ);
        return gate.open(
                caller,
                JournalAction.READ,
                Target.of(current),
                Grant.of(decision),
                opener -> revisions(opener, id, decision));
    }

    private List<HistoryEntry> revisions(Opener opener, UUID id, AccessDecision decision) {
        List<HistoryEntry> entries = new ArrayList<>();
        CaseFile previous = null;
        for (CaseFileRevision revision : history.revisions(id)) {
            CaseFile snapshot = revision.snapshot();
            List<String> changed = new ArrayList<>();
            Set<Field> changedSealed = EnumSet.noneOf(Field.class);
            for (Field field : SITUATION_FIELDS) {
                if (!Arrays.equals(snapshot.sealed(field), previous == null ? null : previous.sealed(field))) {
                    changed.add(field.key());
                    changedSealed.add(field);
                }
            }
            addIfChanged(changed, "case.referent", previous == null ? null : previous.referent(), snapshot.referent());
            addIfChanged(changed, "case.team", previous == null ? null : previous.team(), snapshot.team());
            addIfChanged(changed, "case.status", previous == null ? null : previous.status(), snapshot.status());
            addIfChanged(
                    changed,
                    "case.restricted",
                    previous == null ? null : previous.isRestricted(),
                    snapshot.isRestricted());
            SealedView values = SealedValues.open(opener, snapshot, changedSealed, decision);
            entries.add(new HistoryEntry(
                    revision.revision().at(), revision.revision().username(), revision.kind(), changed, values));
            previous = snapshot;
        }
        return entries;
    }

    private static void addIfChanged(List<String> changed, String key, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(key);
        }
    }

    /** The decision to change the dossier, if the caller may and read its current version. */
    private AccessDecision writable(Caller caller, CaseFile caseFile, long expectedVersion) {
        AccessDecision decision =
                access.requireCaseFile(caller, caseFile, Action.WRITE, SITUATION_FIELDS, JournalAction.UPDATE);
        current(caseFile, expectedVersion);
        return decision;
    }

    /** The version the change was made on, and a dossier still open. */
    private static void current(CaseFile caseFile, long expectedVersion) {
        if (caseFile.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        if (caseFile.status() == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseFile.id());
        }
    }

    private CaseFile find(UUID id) {
        return caseFiles.find(id).orElseThrow(() -> new NotFoundException("dossier"));
    }

    private static CaseFileView view(Opener opener, CaseFile caseFile, AccessDecision decision) {
        return new CaseFileView(
                caseFile.id(),
                caseFile.version(),
                caseFile.personId(),
                caseFile.referent(),
                caseFile.team(),
                caseFile.status(),
                caseFile.openedAt(),
                caseFile.closedAt(),
                caseFile.lastContactOn(),
                caseFile.isRestricted(),
                SealedValues.open(opener, caseFile, SITUATION_FIELDS, decision));
    }

    private static CaseFileView metadataOnly(CaseFile caseFile) {
        return new CaseFileView(
                caseFile.id(),
                caseFile.version(),
                caseFile.personId(),
                caseFile.referent(),
                caseFile.team(),
                caseFile.status(),
                caseFile.openedAt(),
                caseFile.closedAt(),
                caseFile.lastContactOn(),
                caseFile.isRestricted(),
                new SealedView(Map.of()));
    }

    private static NoteView noteView(Opener opener, Note note, AccessDecision decision) {
        return new NoteView(
                note.id(),
                note.type(),
                note.category(),
                note.author(),
                note.createdAt(),
                SealedValues.open(opener, note, NOTE_FIELDS, decision).get(Field.NOTE_BODY));
    }

    private static Set<String> validTeam(Set<String> team) {
        if (team == null) {
            return Set.of();
        }
        if (team.size() > TEAM_MAX) {
            throw new InvalidInputException("team", "has more than " + TEAM_MAX + " members");
        }
        Set<String> valid = new LinkedHashSet<>();
        for (String username : team) {
            valid.add(Inputs.username("team", username));
        }
        return valid;
    }

    private static Map<Field, String> validated(SituationDetails s) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        if (s == null) {
            return values;
        }
        values.put(Field.CASE_HOUSEHOLD, Inputs.optional("household", s.household(), Inputs.TEXT_MAX));
        values.put(Field.CASE_RESOURCES, Inputs.optional("resources", s.resources(), Inputs.TEXT_MAX));
        values.put(Field.CASE_HOUSING, Inputs.optional("housing", s.housing(), Inputs.TEXT_MAX));
        values.put(Field.CASE_HEALTH_NOTES, Inputs.optional("healthNotes", s.healthNotes(), Inputs.TEXT_MAX));
        values.put(Field.CASE_RSA_STATUS, Inputs.optional("rsaStatus", s.rsaStatus(), Inputs.SHORT_MAX));
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }
}
