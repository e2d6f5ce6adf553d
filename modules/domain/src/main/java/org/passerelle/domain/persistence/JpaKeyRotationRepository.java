package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.protection.KeyRotation;
import org.passerelle.domain.protection.KeyRotationRepository;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaKeyRotationRepository implements KeyRotationRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<KeyRotation> find(UUID id) {
        return Optional.ofNullable(em.find(KeyRotation.class, id));
    }

    @Override
    public List<KeyRotation> running() {
        return em.createQuery(
                        "select r from KeyRotation r where r.status = :running order by r.startedAt", KeyRotation.class)
                .setParameter("running", KeyRotation.Status.RUNNING)
                .getResultList();
    }

    @Override
    public List<KeyRotation> all() {
        return em.createQuery("select r from KeyRotation r order by r.startedAt desc", KeyRotation.class)
                .setMaxResults(100)
                .getResultList();
    }

    @Override
    public void add(KeyRotation rotation) {
        em.persist(rotation);
    }

    @Override
    public void advance(UUID id, int rows, Instant at) {
        em.createQuery("update KeyRotation r set r.doneRows = r.doneRows + :rows, r.updatedAt = :now where r.id = :id")
                .setParameter("rows", (long) rows)
                .setParameter("now", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void complete(UUID id, Instant at) {
        em.createQuery("update KeyRotation r set r.status = :completed, r.completedAt = :now, r.updatedAt = :now,"
                        + " r.doneRows = r.totalRows where r.id = :id and r.status = :running")
                .setParameter("completed", KeyRotation.Status.COMPLETED)
                .setParameter("running", KeyRotation.Status.RUNNING)
                .setParameter("now", at)
                .setParameter("id", id)
                .executeUpdate();
    }
}
