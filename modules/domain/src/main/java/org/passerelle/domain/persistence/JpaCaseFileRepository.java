package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileRepository;
import org.passerelle.domain.casefile.CaseStatus;
import org.passerelle.domain.casefile.Note;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaCaseFileRepository implements CaseFileRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<CaseFile> find(UUID id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    @Override
    public List<CaseFile> openFollowedBy(String organisation, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct c from CaseFile c left join c.team t where c.organisationCode = :organisation"
                                + " and c.status = org.passerelle.domain.casefile.CaseStatus.OPEN"
                                + " and (c.referent in :users or t in :users)",
                        CaseFile.class)
                .setParameter("organisation", organisation)
                .setParameter("users", usernames)
                .getResultList();
    }

    @Override
    public List<CaseFile> findByPerson(UUID personId) {
        // The team in the same query: JPQL ignores the collection's EAGER mapping and would read
        // each dossier's team with a query of its own (one read of an usager = 1 + N queries).
        return em.createQuery(
                        "select c from CaseFile c left join fetch c.team where c.personId = :person"
                                + " order by c.openedAt",
                        CaseFile.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<CaseFile> openOf(String organisation) {
        return em.createQuery(
                        "select c from CaseFile c where c.organisationCode = :organisation and c.status = :open"
                                + " and c.restricted = false order by c.openedAt, c.id",
                        CaseFile.class)
                .setParameter("organisation", organisation)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList();
    }

    @Override
    public void add(CaseFile caseFile) {
        em.persist(caseFile);
    }

    @Override
    public void addNote(Note note) {
        em.persist(note);
    }

    @Override
    public List<Note> notes(UUID caseFileId) {
        return em.createQuery(
                        "select n from Note n where n.caseFileId = :caseFile order by n.createdAt, n.id", Note.class)
                .setParameter("caseFile", caseFileId)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from CaseFile c", Long.class).getSingleResult();
    }

    @Override
    public long countNotes() {
        return em.createQuery("select count(n) from Note n", Long.class).getSingleResult();
    }

    @Override
    public void recordContact(UUID caseFileId, LocalDate on) {
        em.createQuery("update CaseFile c set c.lastContactOn = :on where c.id = :id and c.lastContactOn < :on")
                .setParameter("on", on)
                .setParameter("id", caseFileId)
                .executeUpdate();
    }

    @Override
    public void recordContactOfPerson(UUID personId, LocalDate on) {
        em.createQuery("update CaseFile c set c.lastContactOn = :on"
                        + " where c.personId = :person and c.status <> :closed and c.lastContactOn < :on")
                .setParameter("on", on)
                .setParameter("person", personId)
                .setParameter("closed", CaseStatus.CLOSED)
                .executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
