package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.convention.Convention;
import org.passerelle.domain.convention.ConventionRepository;
import org.passerelle.domain.convention.DuplicateConventionException;
import org.passerelle.secrecy.Cadre;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaConventionRepository implements ConventionRepository {

    /** The partial unique index of V9: one active convention per partner, cadre and purpose. */
    static final String ONE_ACTIVE_INDEX = "convention_one_active";

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<Convention> find(UUID id) {
        return Optional.ofNullable(em.find(Convention.class, id));
    }

    @Override
    public List<Convention> list(String partner, boolean activeOnly) {
        StringBuilder jpql = new StringBuilder("select c from Convention c where 1 = 1");
        if (partner != null) {
            jpql.append(" and c.partner = :partner");
        }
        if (activeOnly) {
            jpql.append(" and c.active = true");
        }
        var query = em.createQuery(
                jpql.append(" order by c.partner, c.cadre, c.purpose, c.createdAt desc, c.id")
                        .toString(),
                Convention.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        return query.getResultList();
    }

    @Override
    public Optional<Convention> active(String partner, Cadre cadre, String purpose) {
        return em.createQuery(
                        "select c from Convention c where c.partner = :partner and c.cadre = :cadre"
                                + " and c.purpose = :purpose and c.active = true",
                        Convention.class)
                .setParameter("partner", partner)
                .setParameter("cadre", cadre)
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Convention convention) {
        em.persist(convention);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violatesOneActive(e)) {
                // Another transaction stored the same key after our check: same answer as the check's.
                throw new DuplicateConventionException(convention.partner(), convention.cadre(), convention.purpose());
            }
            throw e;
        }
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static boolean violatesOneActive(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(ONE_ACTIVE_INDEX)) {
                return true;
            }
        }
        return false;
    }
}
