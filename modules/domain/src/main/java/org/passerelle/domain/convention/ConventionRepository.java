package org.passerelle.domain.convention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.secrecy.Cadre;

/** Port to the stored conventions. Implementations run inside the caller's transaction. */
public interface ConventionRepository {

    Optional<Convention> find(UUID id);

    /**
     * Conventions ordered by partner, cadre, purpose, then newest first.
     *
     * @param partner    only this partner's; all when {@code null}
     * @param activeOnly leave out the deactivated ones
     */
    List<Convention> list(String partner, boolean activeOnly);

    /** The active convention for this partner, cadre and purpose: there is at most one. */
    Optional<Convention> active(String partner, Cadre cadre, String purpose);

    /**
     * Stores a new convention now (flushed, so the one-active-convention rule is checked here).
     *
     * @throws DuplicateConventionException when another active one holds the same partner, cadre
     *                                      and purpose, even one committed a moment ago
     */
    void add(Convention convention);

    /** Writes pending changes now, so that the returned version (the ETag) is the stored one. */
    void flush();
}
