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
import org.passerelle.domain.casefile.CaseFile;
import org.passerelle.domain.casefile.CaseFileHistory;
import org.passerelle.domain.casefile.CaseFileRevision;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class EnversCaseFileHistory implements CaseFileHistory {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public List<CaseFileRevision> revisions(UUID caseFileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(CaseFile.class, false, true)
                .add(AuditEntity.id().eq(caseFileId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .map(row -> new CaseFileRevision((CaseFile) row[0], (Revision) row[1], ((RevisionType) row[2]).name()))
                .toList();
    }
}
