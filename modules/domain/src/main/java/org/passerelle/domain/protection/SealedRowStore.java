package org.passerelle.domain.protection;

import java.util.List;

/**
 * Port to every stored row that holds sealed columns, live and history, for key rotation.
 * Implementations run inside the caller's transaction.
 */
public interface SealedRowStore {

    /** How many rows of the owner, in all sealed tables, are under a version below {@code version}. */
    long countBelow(String owner, int version);

    /**
     * Locks and returns up to {@code limit} rows of the owner under a version below {@code version},
     * skipping rows another transaction holds (so that rotation never waits on, nor blocks, users).
     */
    List<SealedRecord> lockBatchBelow(String owner, int version, int limit);

    /** Writes the row's columns back, now sealed under {@code newVersion}. */
    void rewrite(SealedRecord record, java.util.Map<String, byte[]> columns, int newVersion);
}
