package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.passerelle.domain.audit.Revision;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonHistory;
import org.passerelle.domain.person.PersonRevision;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class EnversPersonHistory implements PersonHistory {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public List<PersonRevision> revisions(UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(Person.class, false, true)
                .add(AuditEntity.id().eq(personId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .map(row -> new PersonRevision((Person) row[0], (Revision) row[1], ((RevisionType) row[2]).name()))
                .toList();
    }
}
