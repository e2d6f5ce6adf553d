package org.passerelle.domain.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored dossiers and their notes. Implementations run inside the caller's transaction. */
public interface CaseFileRepository {

    Optional<CaseFile> find(UUID id);

    List<CaseFile> findByPerson(UUID personId);

    /**
     * The open dossiers of this CCAS that are not restricted (S15), oldest first: the CCAS
     * manager's working lists count them per agent and never open them.
     */
    List<CaseFile> openOf(String organisation);

    /** The open dossiers of the organisation that any of {@code usernames} follows (référent or team). */
    List<CaseFile> openFollowedBy(String organisation, Collection<String> usernames);

    void add(CaseFile caseFile);

    void addNote(Note note);

    /** The dossier's notes, oldest first. */
    List<Note> notes(UUID caseFileId);

    long count();

    long countNotes();

    /**
     * Moves the dossier's date of last contact (S13) to {@code on}, unless it is later already. In
     * one statement beside the entity: the dossier's version (its ETag) and history do not move, and
     * a concurrent change of the dossier loses nothing.
     */
    void recordContact(UUID caseFileId, LocalDate on);

    /** The same for every open dossier of the usager (a consent, a prior notice concerns them all). */
    void recordContactOfPerson(UUID personId, LocalDate on);

    /** Writes pending changes now, so that the returned version (the ETag) is the stored one. */
    void flush();
}
