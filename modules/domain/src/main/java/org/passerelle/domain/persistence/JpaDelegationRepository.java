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
import org.passerelle.domain.delegation.Delegation;
import org.passerelle.domain.delegation.DelegationRepository;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaDelegationRepository implements DelegationRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public void add(Delegation delegation) {
        em.persist(delegation);
    }

    @Override
    public Optional<Delegation> find(UUID id) {
        return Optional.ofNullable(em.find(Delegation.class, id));
    }

    @Override
    public List<Delegation> runningFor(String organisationCode, String delegate, Instant at) {
        return em.createQuery(
                        "select d from Delegation d where d.organisationCode = :organisation"
                                + " and d.delegate = :delegate and d.endedAt is null"
                                + " and d.startsAt <= :at and d.endsAt > :at order by d.startsAt, d.id",
                        Delegation.class)
                .setParameter("organisation", organisationCode)
                .setParameter("delegate", delegate)
                .setParameter("at", at)
                .getResultList();
    }

    @Override
    public List<Delegation> involving(String organisationCode, String username, int limit) {
        return em.createQuery(
                        "select d from Delegation d where d.organisationCode = :organisation"
                                + " and (d.delegator = :username or d.delegate = :username)"
                                + " order by d.createdAt desc, d.id",
                        Delegation.class)
                .setParameter("organisation", organisationCode)
                .setParameter("username", username)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Delegation> ofOrganisation(String organisationCode, int limit) {
        return em.createQuery(
                        "select d from Delegation d where d.organisationCode = :organisation"
                                + " order by d.createdAt desc, d.id",
                        Delegation.class)
                .setParameter("organisation", organisationCode)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
