package org.passerelle.domain.protection;

import java.util.Map;

/**
 * One stored row's sealed columns, as rotation reads and rewrites them: live rows and history
 * rows alike. The ciphertexts are bound to {@code table} (the live table's name, also for history
 * rows), {@code column} and {@code rowId}.
 *
 * @param storedIn  the table the row is stored in ({@code person} or {@code person_aud}...)
 * @param key       the row's primary key values, in the order the store expects them back
 * @param columns   column name to ciphertext, for the non-null sealed columns
 */
public record SealedRecord(
        String table, String storedIn, Object[] key, String rowId, int keyVersion, Map<String, byte[]> columns) {}
