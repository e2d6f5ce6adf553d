package org.passerelle.domain.protection;

import java.util.List;
import org.passerelle.crypto.WrappedDataKey;

/** Port to the stored (wrapped) data keys. */
public interface DataKeyRepository {

    List<WrappedDataKey> findAll();

    /**
     * Stores the key unless one with the same owner and version exists (another node won the
     * race); returns whether this one was stored.
     */
    boolean addIfAbsent(WrappedDataKey key);
}
