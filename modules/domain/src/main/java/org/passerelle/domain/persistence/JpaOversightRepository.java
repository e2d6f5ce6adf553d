package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.oversight.Alert;
import org.passerelle.domain.oversight.AlertKind;
import org.passerelle.domain.oversight.AlertState;
import org.passerelle.domain.oversight.BreakGlass;
import org.passerelle.domain.oversight.OversightRepository;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaOversightRepository implements OversightRepository {

    private static final String ALERTS_WHERE = " from Alert a where a.organisationCode = :organisation"
            + " and (:state is null or a.state = :state) and (:kind is null or a.kind = :kind)";

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public void add(BreakGlass access) {
        em.persist(access);
    }

    @Override
    public List<UUID> breakGlassOpen(String username, Collection<UUID> caseFileIds, Instant at) {
        if (caseFileIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct b.caseFileId from BreakGlass b where b.username = :username"
                                + " and b.caseFileId in :caseFiles and b.grantedAt <= :at and b.expiresAt > :at",
                        UUID.class)
                .setParameter("username", username)
                .setParameter("caseFiles", caseFileIds)
                .setParameter("at", at)
                .getResultList();
    }

    @Override
    public void add(Alert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<Alert> findAlert(UUID id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    @Override
    public boolean alertRaisedSince(AlertKind kind, String username, Instant since) {
        return !em.createQuery(
                        "select a.id from Alert a where a.kind = :kind and a.username = :username"
                                + " and a.raisedAt >= :since",
                        UUID.class)
                .setParameter("kind", kind)
                .setParameter("username", username)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Alert> alerts(String organisationCode, AlertState state, AlertKind kind, int offset, int limit) {
        return filtered(
                        em.createQuery("select a" + ALERTS_WHERE + " order by a.raisedAt desc, a.id", Alert.class),
                        organisationCode,
                        state,
                        kind)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countAlerts(String organisationCode, AlertState state, AlertKind kind) {
        return filtered(em.createQuery("select count(a)" + ALERTS_WHERE, Long.class), organisationCode, state, kind)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> filtered(
            TypedQuery<T> query, String organisationCode, AlertState state, AlertKind kind) {
        return query.setParameter("organisation", organisationCode)
                .setParameter("state", state)
                .setParameter("kind", kind);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
