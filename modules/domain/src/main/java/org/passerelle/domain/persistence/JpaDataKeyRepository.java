package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.util.List;
import org.passerelle.crypto.WrappedDataKey;
import org.passerelle.domain.protection.DataKeyRepository;

/** Wrapped data keys through plain SQL: they are values, not entities, and are never audited. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaDataKeyRepository implements DataKeyRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public List<WrappedDataKey> findAll() {
        List<Object[]> rows = em.createNativeQuery(
                        "select owner, version, wrapped, created_at from data_key order by owner, version",
                        Object[].class)
                .getResultList();
        return rows.stream()
                .map(row -> new WrappedDataKey(
                        (String) row[0], ((Number) row[1]).intValue(), (byte[]) row[2], toInstant(row[3])))
                .toList();
    }

    @Override
    public boolean addIfAbsent(WrappedDataKey key) {
        return em.createNativeQuery("insert into data_key (owner, version, wrapped, created_at) "
                                + "values (?1, ?2, ?3, ?4) on conflict (owner, version) do nothing")
                        .setParameter(1, key.owner())
                        .setParameter(2, key.version())
                        .setParameter(3, key.wrapped())
                        .setParameter(4, Timestamp.from(key.created()))
                        .executeUpdate()
                == 1;
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (java.time.Instant) value;
    }
}
