package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationRepository;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<Organisation> find(String code) {
        return Optional.ofNullable(em.find(Organisation.class, code));
    }

    @Override
    public List<Organisation> findAll() {
        return em.createQuery("select o from Organisation o order by o.code", Organisation.class)
                .getResultList();
    }
}
