package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.consent.Consent;
import org.passerelle.domain.consent.ConsentRepository;
import org.passerelle.domain.consent.Objection;
import org.passerelle.domain.consent.PriorNotice;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<Consent> find(UUID id) {
        return Optional.ofNullable(em.find(Consent.class, id));
    }

    @Override
    public List<Consent> consentsOf(UUID personId) {
        return em.createQuery(
                        "select c from Consent c where c.personId = :person order by c.givenAt desc, c.id",
                        Consent.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }

    @Override
    public List<PriorNotice> noticesOf(UUID personId) {
        return em.createQuery(
                        "select n from PriorNotice n where n.personId = :person order by n.informedAt desc, n.id",
                        PriorNotice.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public void add(PriorNotice notice) {
        em.persist(notice);
    }

    @Override
    public Optional<Objection> findObjection(UUID id) {
        return Optional.ofNullable(em.find(Objection.class, id));
    }

    @Override
    public List<Objection> objectionsOf(UUID personId) {
        return em.createQuery(
                        "select o from Objection o where o.personId = :person order by o.recordedAt desc, o.id",
                        Objection.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<Objection> pendingObjections(String organisationCode) {
        return em.createQuery(
                        "select o from Objection o where o.organisationCode = :organisation"
                                + " and o.review = org.passerelle.domain.consent.ObjectionReview.PENDING"
                                + " order by o.recordedAt, o.id",
                        Objection.class)
                .setParameter("organisation", organisationCode)
                .getResultList();
    }

    @Override
    public void add(Objection objection) {
        em.persist(objection);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
