package org.passerelle.domain.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored dossiers and their notes. Implementations run inside the caller's transaction. */
public interface CaseFileRepository {

    Optional<CaseFile> find(UUID id);

    List<CaseFile> findByPerson(UUID personId);

    /** The open dossiers of the organisation that any of {@code usernames} follows (référent or team). */
    List<CaseFile> openFollowedBy(String organisation, Collection<String> usernames);

    void add(CaseFile caseFile);

    void addNote(Note note);

    /** The dossier's notes, oldest first. */
    List<Note> notes(UUID caseFileId);

    long count();

    long countNotes();

    /** Writes pending changes now, so that the returned version (the ETag) is the stored one. */
    void flush();
}
