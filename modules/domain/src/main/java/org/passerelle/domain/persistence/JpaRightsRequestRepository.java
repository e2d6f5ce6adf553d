package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.rights.RightsRequest;
import org.passerelle.domain.rights.RightsRequestKind;
import org.passerelle.domain.rights.RightsRequestRepository;
import org.passerelle.domain.rights.RightsRequestStatus;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaRightsRequestRepository implements RightsRequestRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public void add(RightsRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<RightsRequest> find(UUID id) {
        return Optional.ofNullable(em.find(RightsRequest.class, id));
    }

    @Override
    public List<RightsRequest> search(
            String organisationCode,
            RightsRequestStatus status,
            RightsRequestKind kind,
            LocalDate overdueOn,
            int offset,
            int limit) {
        return filtered(
                        "select r from RightsRequest r",
                        " order by r.dueOn, r.registeredAt, r.id",
                        RightsRequest.class,
                        organisationCode,
                        status,
                        kind,
                        overdueOn)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(
            String organisationCode, RightsRequestStatus status, RightsRequestKind kind, LocalDate overdueOn) {
        return filtered(
                        "select count(r) from RightsRequest r",
                        "",
                        Long.class,
                        organisationCode,
                        status,
                        kind,
                        overdueOn)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(
            String select,
            String order,
            Class<T> type,
            String organisationCode,
            RightsRequestStatus status,
            RightsRequestKind kind,
            LocalDate overdueOn) {
        StringBuilder where = new StringBuilder(" where r.organisationCode = :organisation");
        if (status != null) {
            where.append(" and r.status = :status");
        }
        if (kind != null) {
            where.append(" and r.kind = :kind");
        }
        if (overdueOn != null) {
            where.append(" and r.status = :open and r.dueOn < :today");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        query.setParameter("organisation", organisationCode);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (overdueOn != null) {
            query.setParameter("open", RightsRequestStatus.OPEN);
            query.setParameter("today", overdueOn);
        }
        return query;
    }

    @Override
    public List<RightsRequest> lockOverdueUnalerted(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from rights_request where status = 'OPEN' and due_on < ?1"
                        + " and overdue_alerted_at is null order by due_on limit ?2 for update skip locked")
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(id ->
                        em.find(RightsRequest.class, id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())))
                .toList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
