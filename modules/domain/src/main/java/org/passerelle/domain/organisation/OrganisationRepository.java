package org.passerelle.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Port to the stored organisations. Implementations must run inside the caller's transaction. */
public interface OrganisationRepository {

    Optional<Organisation> find(String code);

    List<Organisation> findAll();
}
