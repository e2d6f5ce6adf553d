package org.passerelle.bench.baseline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** The read, in a transaction as the application's services do: one {@code find}, nothing else. */
@ApplicationScoped
public class PlainPersons {

    @PersistenceContext(unitName = "bench-baseline")
    EntityManager em;

    /** The row's answer and version, if the row exists. */
    @Transactional
    public Optional<Read> read(UUID id) {
        PlainPerson person = em.find(PlainPerson.class, id);
        return Optional.ofNullable(person).map(p -> new Read(p.response(), p.version()));
    }

    /** What the resource answers: the body and the ETag's version. */
    public record Read(PlainPersonResponse response, long version) {}
}
