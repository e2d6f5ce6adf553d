package org.passerelle.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.domain.person.Person;
import org.passerelle.domain.person.PersonRepository;

@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Override
    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> findByNirIndex(String organisationCode, byte[] nirIndex) {
        return em.createQuery(
                        "select p from Person p where p.organisationCode = :org and p.nirIndex = :index", Person.class)
                .setParameter("org", organisationCode)
                .setParameter("index", nirIndex)
                .getResultList();
    }

    @Override
    public List<Person> findByNameIndex(String organisationCode, byte[] nameIndex) {
        return em.createQuery(
                        "select p from Person p where p.organisationCode = :org and p.nameIndex = :index", Person.class)
                .setParameter("org", organisationCode)
                .setParameter("index", nameIndex)
                .getResultList();
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
