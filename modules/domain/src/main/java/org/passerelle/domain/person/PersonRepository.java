package org.passerelle.domain.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored usagers. Implementations run inside the caller's transaction. */
public interface PersonRepository {

    Optional<Person> find(UUID id);

    /** Persons of the organisation whose NIR blind index equals {@code nirIndex}. */
    List<Person> findByNirIndex(String organisationCode, byte[] nirIndex);

    /** Persons of the organisation whose name + birth date blind index equals {@code nameIndex}. */
    List<Person> findByNameIndex(String organisationCode, byte[] nameIndex);

    void add(Person person);

    long count();

    /** Writes pending changes now, so that the returned version (the ETag) is the stored one. */
    void flush();
}
